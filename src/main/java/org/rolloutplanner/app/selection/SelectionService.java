package org.rolloutplanner.app.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.domain.selection.Aggregation;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.Applicant;
import org.rolloutplanner.domain.selection.ApplicantStatus;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.CohortRule;
import org.rolloutplanner.domain.selection.CohortRules;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.SelectionOutcome;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.domain.selection.TieBreak;
import org.rolloutplanner.domain.school.School;

/** A district's selection rounds: create, change and delete them, enter scores, and compute the results. */
public final class SelectionService {

    private final SelectionRepository rounds;
    private final SchoolRepository schools;
    private final Transactions tx;

    public SelectionService(SelectionRepository rounds, SchoolRepository schools, Transactions tx) {
        this.rounds = rounds;
        this.schools = schools;
        this.tx = tx;
    }

    public List<SelectionRound> ofDistrict(long districtKey) {
        return tx.inTransaction(() -> rounds.ofDistrict(districtKey));
    }

    public List<School> roster(long districtKey) {
        return tx.inTransaction(() -> schools.ofDistrict(districtKey));
    }

    public RoundContents load(long roundKey) {
        return tx.inTransaction(() -> rounds.load(roundKey)
                .orElseThrow(() -> new UserFacingException("This selection round no longer exists.")));
    }

    public SelectionRound create(long districtKey, String name, int seats, LocalDate deadline) {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            requireFreeName(districtKey, clean, 0);
            return rounds.insert(new SelectionRound(0, districtKey, clean, seats, deadline, null, 1, AggregationMethod.MEAN,
                    new java.util.Random().nextInt(1_000_000)));
        });
    }

    /** A second stage fed by a round (the funnel "11 design teams → 7 awards"): its eligible applicants carry over. */
    public SelectionRound nextStage(SelectionRound parent, String name, int seats) {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            requireFreeName(parent.districtKey(), clean, 0);
            SelectionRound stage = rounds.insert(new SelectionRound(0, parent.districtKey(), clean, seats, null, parent.key(),
                    parent.stage() + 1, parent.method(), parent.seed(), parent.blind(), parent.tieBreaks()));
            RoundContents from = rounds.load(parent.key()).orElseThrow();
            rounds.saveApplicants(stage.key(), from.applicants().stream()
                    .filter(a -> a.status() != ApplicantStatus.WITHDRAWN && a.status() != ApplicantStatus.NOT_ELIGIBLE)
                    .map(a -> RoundApplicant.applied(a.schoolKey(), a.schoolId())).toList());
            rounds.saveCriteria(stage.key(), from.criteria());
            rounds.saveReviewers(stage.key(), from.reviewers());
            rounds.saveConflicts(stage.key(), from.conflicts());
            return stage;
        });
    }

    public void update(SelectionRound round) {
        String clean = checkName(round.name());
        tx.run(() -> {
            requireFreeName(round.districtKey(), clean, round.key());
            rounds.update(round.withName(clean));
        });
    }

    public void delete(long roundKey) {
        tx.run(() -> rounds.delete(roundKey));
    }

    public void saveApplicants(long roundKey, List<RoundApplicant> applicants) {
        tx.run(() -> rounds.saveApplicants(roundKey, applicants));
    }

    /**
     * Saves the criteria. A criterion's name or scale may change in place; a scale that existing scores fall outside of is
     * refused, naming how many scores are out of range.
     */
    public void saveCriteria(long roundKey, List<Criterion> criteria) {
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.id())) {
                throw new UserFacingException("Two criteria have the short name " + c.id() + "; give each its own.");
            }
            if (c.name() == null || c.name().isBlank()) {
                throw new UserFacingException("Every criterion needs a name, such as \"Leadership capacity\".");
            }
        }
        tx.run(() -> {
            RoundContents round = rounds.load(roundKey).orElseThrow(() -> new UserFacingException("This round no longer exists."));
            for (Criterion c : criteria) {
                long outside = round.scores().stream().filter(s -> s.criterion().equals(c.id()))
                        .filter(s -> !c.inRubric(s.value())).count();
                if (outside > 0) {
                    throw new UserFacingException(outside + (outside == 1 ? " score is" : " scores are") + " outside the new scale "
                            + c.min() + " to " + c.max() + " of \"" + c.name() + "\". Change or clear "
                            + (outside == 1 ? "that score" : "those scores") + " first, or keep a wider scale.");
                }
            }
            rounds.saveCriteria(roundKey, criteria);
        });
    }

    public void saveReviewers(long roundKey, List<Reviewer> reviewers) {
        tx.run(() -> rounds.saveReviewers(roundKey, reviewers));
    }

    public void saveConflicts(long roundKey, List<Conflict> conflicts) {
        tx.run(() -> rounds.saveConflicts(roundKey, conflicts));
    }

    /** Records a score; refused for a conflicted reviewer or a score outside the criterion's rubric. */
    public void setScore(long roundKey, String reviewer, String applicant, String criterion, Double score, String comment) {
        tx.run(() -> {
            RoundContents round = rounds.load(roundKey).orElseThrow(() -> new UserFacingException("This round no longer exists."));
            if (score != null) {
                if (round.conflicts().contains(new Conflict(reviewer, applicant))) {
                    throw new UserFacingException(reviewer + " declared a conflict of interest with " + applicant
                            + " and cannot score it.");
                }
                Criterion c = round.criteria().stream().filter(x -> x.id().equals(criterion)).findFirst()
                        .orElseThrow(() -> new UserFacingException("There is no criterion " + criterion + " in this round."));
                if (!c.answeredByReviewers()) {
                    throw new UserFacingException("\"" + c.name() + "\" is computed from school data; it is not scored.");
                }
                if (!c.inRubric(score) || (c.essential() && score != 0 && score != 1)) {
                    throw new UserFacingException("A score of " + org.rolloutplanner.domain.selection.Numbers.plain(score)
                            + " is outside the scale of \"" + c.name() + "\" (" + c.min() + " to " + c.max() + ").");
                }
            }
            rounds.setScore(roundKey, reviewer, applicant, criterion, score, comment);
        });
    }

    /**
     * Sets the reviewer's comment on a score already entered (a comment belongs to a score; "" removes it).
     */
    public void setComment(long roundKey, String reviewer, String applicant, String criterion, String comment) {
        String clean = comment == null ? "" : comment.strip();
        if (clean.length() > 2000) {
            throw new UserFacingException("The comment is too long; keep it under 2,000 characters.");
        }
        tx.run(() -> {
            RoundContents round = rounds.load(roundKey).orElseThrow(() -> new UserFacingException("This round no longer exists."));
            var score = round.scores().stream().filter(s -> s.reviewer().equals(reviewer) && s.applicant().equals(applicant)
                    && s.criterion().equals(criterion)).findFirst()
                    .orElseThrow(() -> new UserFacingException("Enter the score first: a comment belongs to a score."));
            rounds.setScore(roundKey, reviewer, applicant, criterion, score.value(), clean);
        });
    }

    /**
     * Imports one reviewer's filled workbook scores as a whole, in one transaction: filled cells set scores, empty cells
     * clear them.
     */
    public void importScores(long roundKey, String reviewer, List<org.rolloutplanner.domain.selection.Score> scores,
            List<String[]> cleared) {
        tx.run(() -> {
            for (String[] c : cleared) {
                rounds.setScore(roundKey, reviewer, c[0], c[1], null, "");
            }
            for (var s : scores) {
                rounds.setScore(roundKey, reviewer, s.applicant(), s.criterion(), s.value(), s.comment());
            }
        });
    }

    /** The score sheet of a round: applicants (withdrawn ones left out) with their school data. */
    public static ScoreSheet sheet(RoundContents round, List<School> roster) {
        Map<Long, School> byKey = new HashMap<>();
        roster.forEach(s -> byKey.put(s.key(), s));
        List<Applicant> applicants = new ArrayList<>();
        for (RoundApplicant a : round.applicants()) {
            School s = byKey.get(a.schoolKey());
            if (s == null || a.status() == ApplicantStatus.WITHDRAWN) {
                continue;
            }
            applicants.add(applicant(s));
        }
        Set<String> ids = new HashSet<>(applicants.stream().map(Applicant::id).toList());
        return new ScoreSheet(applicants, round.criteria(), round.reviewers(),
                round.scores().stream().filter(s -> ids.contains(s.applicant())).toList(),
                round.conflicts().stream().filter(c -> ids.contains(c.applicant())).toList());
    }

    /** A school as the committee's rules read it. */
    public static Applicant applicant(School s) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("level", s.level().code());
        fields.put("region", s.region());
        fields.put("feeder", s.feeder());
        fields.put(Applicant.ENROLLMENT, String.valueOf(s.enrollment()));
        fields.put(Applicant.FRL_PERCENT, s.frlPercent() == null ? "" : String.valueOf(s.frlPercent()));
        fields.put("readiness", s.readiness() == null ? "" : String.valueOf(s.readiness()));
        return new Applicant(s.id(), s.name(), fields);
    }

    /** Results of a round with its declared method and seed. */
    public SelectionAnalysis analyse(RoundContents round, List<School> roster) {
        return SelectionAnalysis.run(sheet(round, roster), round.round().method(), round.round().tieBreaks(),
                round.round().seed());
    }

    /**
     * For a second stage, the aggregate score each applicant had in the stage it follows, by school id (read-only, with
     * that stage's own method); empty for a first stage or when the earlier stage was deleted.
     */
    public Map<String, Double> earlierStageScores(RoundContents round, List<School> roster) {
        Long parent = round.round().parentKey();
        if (parent == null) {
            return Map.of();
        }
        return tx.inTransaction(() -> rounds.load(parent).map(p -> {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            for (var s : Aggregation.aggregate(sheet(p, roster), p.round().method())) {
                out.put(s.applicant().id(), s.score());
            }
            return out;
        }).orElse(Map.of()));
    }

    /**
     * What a round decided, for the export's Selection sheet: its results and the cohort the cohort builder picks with
     * these seats and composition rules (the text of the cohort builder's rules box; see {@code CohortRules}).
     */
    public SelectionOutcome outcome(long roundKey, int seats, String rules) {
        List<CohortRule> parsed;
        try {
            parsed = CohortRules.parse(rules);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("The composition rules of the selection round cannot be read: " + e.getMessage());
        }
        RoundContents round = load(roundKey);
        List<School> schools = roster(round.round().districtKey());
        return SelectionOutcome.of(round.round(), sheet(round, schools), seats, parsed);
    }

    /** The district's round with this name (ignoring case), or a message naming the rounds there are. */
    public SelectionRound byName(long districtKey, String name) {
        List<SelectionRound> all = ofDistrict(districtKey);
        return all.stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("There is no selection round called \"" + name + "\". "
                        + (all.isEmpty() ? "The district has no selection rounds yet."
                                : "Its rounds: " + String.join(", ", all.stream().map(SelectionRound::name).toList()) + ".")));
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("A selection round needs a name, such as \"Pilot cohort 2015\".");
        }
        if (clean.length() > 200) {
            throw new UserFacingException("The name is too long; keep it under 200 characters.");
        }
        return clean;
    }

    private void requireFreeName(long districtKey, String name, long exceptKey) {
        if (rounds.ofDistrict(districtKey).stream().anyMatch(r -> r.key() != exceptKey && r.name().equalsIgnoreCase(name))) {
            throw new UserFacingException("The district already has a selection round named \"" + name + "\".");
        }
    }
}
