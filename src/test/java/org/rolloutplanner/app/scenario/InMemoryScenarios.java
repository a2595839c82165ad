package org.rolloutplanner.app.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.school.School;

/** Scenarios and schools in memory (one workspace), for service and view-model tests. */
public final class InMemoryScenarios implements ScenarioRepository, Transactions {

    public final List<SavedScenario> rows = new ArrayList<>();
    public final Roster roster = new Roster();
    public int transactions;
    private long nextKey = 1;

    public ScenarioService service() {
        return new ScenarioService(this, roster, this);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    @Override
    public List<SavedScenario> ofDistrict(long districtKey) {
        return rows.stream().filter(s -> s.districtKey() == districtKey)
                .sorted(Comparator.comparing(SavedScenario::name)).toList();
    }

    @Override
    public Optional<SavedScenario> byKey(long key) {
        return rows.stream().filter(s -> s.key() == key).findFirst();
    }

    @Override
    public SavedScenario insert(long districtKey, String name, boolean preferred, Scenario scenario,
            SelectionOrigin selection) {
        var s = new SavedScenario(nextKey++, districtKey, name, preferred, scenario, Instant.now(), Instant.now(), selection);
        rows.add(s);
        return s;
    }

    @Override
    public SavedScenario update(long key, Scenario scenario) {
        SavedScenario s = byKey(key).orElseThrow().withScenario(scenario);
        replace(s);
        return s;
    }

    @Override
    public void rename(long key, String newName) {
        replace(byKey(key).orElseThrow().withName(newName));
    }

    @Override
    public void setPreferred(long districtKey, long key, boolean preferred) {
        for (SavedScenario s : List.copyOf(rows)) {
            if (s.districtKey() == districtKey && (s.key() == key || preferred)) {
                replace(s.withPreferred(s.key() == key && preferred));
            }
        }
    }

    @Override
    public void delete(long key) {
        rows.removeIf(s -> s.key() == key);
    }

    private void replace(SavedScenario s) {
        rows.replaceAll(x -> x.key() == s.key() ? s : x);
    }

    /** The schools of every district (all districts share one roster here). */
    public static final class Roster implements SchoolRepository {
        public final List<School> schools = new ArrayList<>();

        @Override
        public List<School> ofDistrict(long districtKey) {
            return List.copyOf(schools);
        }

        @Override
        public School insert(long districtKey, School school) {
            schools.add(school);
            return school;
        }

        @Override
        public void insertAll(long districtKey, List<School> list) {
            schools.addAll(list);
        }

        @Override
        public void update(School school) {
            schools.replaceAll(x -> x.id().equals(school.id()) ? school : x);
        }

        @Override
        public void delete(long schoolKey) {
            schools.removeIf(x -> x.key() == schoolKey);
        }

        @Override
        public int countOfDistrict(long districtKey) {
            return schools.size();
        }
    }
}
