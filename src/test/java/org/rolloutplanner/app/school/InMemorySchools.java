package org.rolloutplanner.app.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.domain.school.School;

/** A school repository in memory, its own transactions, for service and view-model tests (one district). */
public final class InMemorySchools implements SchoolRepository, Transactions {

    public final List<School> rows = new ArrayList<>();
    /** Custom attributes (school key -> name -> value), as an import keeps them. */
    public final java.util.Map<Long, java.util.Map<String, String>> attributes = new java.util.HashMap<>();
    private long nextKey = 1000;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public List<School> ofDistrict(long districtKey) {
        return rows.stream().sorted(Comparator.comparing(School::id)).toList();
    }

    @Override
    public School insert(long districtKey, School school) {
        School s = school.key() == 0 ? school.withKey(nextKey++) : school;
        rows.add(s);
        return s;
    }

    @Override
    public void insertAll(long districtKey, List<School> schools) {
        schools.forEach(s -> insert(districtKey, s));
    }

    @Override
    public void update(School school) {
        rows.replaceAll(s -> s.key() == school.key() ? school : s);
    }

    @Override
    public void delete(long schoolKey) {
        rows.removeIf(s -> s.key() == schoolKey);
    }

    @Override
    public int countOfDistrict(long districtKey) {
        return rows.size();
    }

    public School byId(String id) {
        return rows.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public java.util.Map<Long, java.util.Map<String, String>> attributesOfDistrict(long districtKey) {
        return java.util.Map.copyOf(attributes);
    }
}
