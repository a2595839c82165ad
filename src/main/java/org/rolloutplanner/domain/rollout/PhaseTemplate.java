package org.rolloutplanner.domain.rollout;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The phases every cohort goes through, in order. A cohort "starts" when its first phase starts and
 * "launches" when phase {@code launchPhase} starts (by default the second phase, or the only one).
 *
 * @param phases      the phases, in order; only the last may be open-ended
 * @param launchPhase index of the phase whose start counts as the launch
 */
public record PhaseTemplate(List<Phase> phases, int launchPhase) {

    public PhaseTemplate {
        var coloured = new java.util.ArrayList<Phase>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            coloured.add(p.colour() != null ? p : new Phase(p.name(), p.months(), Phase.PALETTE[i % Phase.PALETTE.length]));
        }
        phases = List.copyOf(coloured);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A rollout needs at least one phase.");
        }
        var names = new HashSet<String>();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two phases are called " + p.name() + ". Give each phase its own name.");
            }
            if (p.isOpenEnded() && i < phases.size() - 1) {
                throw new IllegalArgumentException("Only the last phase may be open-ended; " + p.name() + " is followed by "
                        + phases.get(i + 1).name() + ".");
            }
        }
        if (launchPhase < 0 || launchPhase >= phases.size()) {
            throw new IllegalArgumentException("The launch phase must be one of the " + phases.size() + " phases.");
        }
    }

    /** The phases, launching when the second phase starts (or the first, when there is only one). */
    public static PhaseTemplate of(Phase... phases) {
        return new PhaseTemplate(List.of(phases), phases.length > 1 ? 1 : 0);
    }

    public static PhaseTemplate of(List<Phase> phases) {
        return new PhaseTemplate(phases, phases.size() > 1 ? 1 : 0);
    }

    /** The default when none is given: a single 12-month phase. */
    public static PhaseTemplate singleYear() {
        return of(Phase.of("Rollout", 12));
    }

    /** Index of the phase with this name (ignoring case), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).name().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return phases.size();
    }

    /** "Design (12 months), then Implementation (12 months)". */
    public String describe() {
        return phases.stream().map(Phase::describe).collect(Collectors.joining(", then "));
    }
}
