package org.rolloutplanner.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.CohortRule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The text forms of the {@code rank} command's option values. */
final class RankArguments {

    private static final Pattern REQUIRE = Pattern.compile("([^=:]+)=([^:]+):(\\d*):(\\d*)");
    private static final Pattern AVERAGE = Pattern.compile("([^:]+):(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern QUOTA = Pattern.compile("([^=:]+):(\\d*):(\\d*)");

    private RankArguments() {
    }

    static final class MethodConverter implements ITypeConverter<AggregationMethod> {
        @Override
        public AggregationMethod convert(String value) {
            return AggregationMethod.parse(value).orElseThrow(() -> new TypeConversionException("\"" + value
                    + "\" is not a method; use mean, median, trimmed or zscore."));
        }
    }

    /** {@code level=high:1:} at least one; {@code region=North::2} at most two; {@code level=high:1:3}. */
    static final class RequireConverter implements ITypeConverter<CohortRule.Count> {
        @Override
        public CohortRule.Count convert(String value) {
            Matcher m = REQUIRE.matcher(value.strip());
            if (!m.matches() || (m.group(3).isEmpty() && m.group(4).isEmpty())) {
                throw new TypeConversionException("\"" + value + "\" is not a composition rule; write FIELD=VALUE:MIN:MAX "
                        + "with MIN or MAX or both, such as level=high:1: (at least one) or region=North::2 (at most two).");
            }
            Integer min = m.group(3).isEmpty() ? null : Integer.valueOf(m.group(3));
            Integer max = m.group(4).isEmpty() ? null : Integer.valueOf(m.group(4));
            if (min != null && max != null && min > max) {
                throw new TypeConversionException("\"" + value + "\": the minimum " + min + " is above the maximum " + max + ".");
            }
            return new CohortRule.Count(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip(), min, max);
        }
    }

    /** {@code frl_percent:60}. */
    static final class AverageConverter implements ITypeConverter<CohortRule.MinAverage> {
        @Override
        public CohortRule.MinAverage convert(String value) {
            Matcher m = AVERAGE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("\"" + value + "\" is not a minimum average; write FIELD:VALUE, such as "
                        + "frl_percent:60.");
            }
            return new CohortRule.MinAverage(m.group(1).strip().toLowerCase(Locale.ROOT), Double.parseDouble(m.group(2)));
        }
    }

    /** {@code district:2:2}: between 2 and 2 from every value of the field. */
    static final class QuotaConverter implements ITypeConverter<CohortRule.Quota> {
        @Override
        public CohortRule.Quota convert(String value) {
            Matcher m = QUOTA.matcher(value.strip());
            if (!m.matches() || (m.group(2).isEmpty() && m.group(3).isEmpty())) {
                throw new TypeConversionException("\"" + value + "\" is not a quota; write FIELD:MIN:MAX, such as district:2:2 "
                        + "(two from each district).");
            }
            Integer min = m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2));
            Integer max = m.group(3).isEmpty() ? null : Integer.valueOf(m.group(3));
            if (min != null && max != null && min > max) {
                throw new TypeConversionException("\"" + value + "\": the minimum " + min + " is above the maximum " + max + ".");
            }
            return new CohortRule.Quota(m.group(1).strip().toLowerCase(Locale.ROOT), min, max);
        }
    }
}
