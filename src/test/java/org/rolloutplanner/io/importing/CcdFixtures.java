package org.rolloutplanner.io.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small CCD files with the real column names (2022-23 layout), for two districts of Alabama (LEAID 0100005 and
 * 0100006) and one of another state. Also writes a large membership file for the bench.
 */
public final class CcdFixtures {

    public static final String DIRECTORY_HEADER = "SCHOOL_YEAR,FIPST,STATENAME,ST,SCH_NAME,LEA_NAME,STATE_AGENCY_NO,UNION,"
            + "ST_LEAID,LEAID,ST_SCHID,NCESSCH,SCHID,MSTREET1,MCITY,MSTATE,MZIP,PHONE,SY_STATUS,SY_STATUS_TEXT,"
            + "UPDATED_STATUS,UPDATED_STATUS_TEXT,SCH_TYPE,SCH_TYPE_TEXT,LEVEL,CHARTER_TEXT,GSLO,GSHI";
    public static final String MEMBERSHIP_HEADER = "SCHOOL_YEAR,FIPST,STATENAME,ST,SCH_NAME,STATE_AGENCY_NO,UNION,ST_LEAID,"
            + "LEAID,ST_SCHID,NCESSCH,SCHID,GRADE,RACE_ETHNICITY,SEX,STUDENT_COUNT,TOTAL_INDICATOR,DMS_FLAG";
    public static final String LUNCH_HEADER = "SCHOOL_YEAR,FIPST,STATENAME,ST,SCH_NAME,STATE_AGENCY_NO,UNION,ST_LEAID,LEAID,"
            + "ST_SCHID,NCESSCH,SCHID,DATA_GROUP,LUNCH_PROGRAM,STUDENT_COUNT,TOTAL_INDICATOR,DMS_FLAG";
    public static final String STAFF_HEADER = "SCHOOL_YEAR,FIPST,STATENAME,ST,SCH_NAME,STATE_AGENCY_NO,UNION,ST_LEAID,LEAID,"
            + "ST_SCHID,NCESSCH,SCHID,TEACHERS,DMS_FLAG";

    private CcdFixtures() {
    }

    /** A directory row. */
    public static String directory(String leaid, String leaName, String ncessch, String name, String status, String level,
            String gslo, String gshi) {
        return "2022-2023,01,ALABAMA,AL,\"" + name + "\",\"" + leaName + "\",1,,AL-101," + leaid + ",AL-101-0010,"
                + ncessch + "," + ncessch.substring(7) + ",\"123 Main St\",Albertville,AL,35950,(256)878-6611,"
                + (status.equals("Closed") ? "2" : "1") + "," + status + ",1," + status + ",1,Regular School,"
                + level + ",No," + gslo + "," + gshi;
    }

    public static String membership(String leaid, String ncessch, String grade, String race, String sex, String count,
            String indicator) {
        return "2022-2023,01,ALABAMA,AL,School,1,,AL-101," + leaid + ",AL-101-0010," + ncessch + ","
                + ncessch.substring(7) + ",\"" + grade + "\"," + race + "," + sex + "," + count + "," + indicator + ",Reported";
    }

    /** The rows the CCD publishes for one school: one per grade/race/sex, subtotals, and the school total. */
    public static List<String> membershipOf(String leaid, String ncessch, int total) {
        int half = total / 2;
        return List.of(
                membership(leaid, ncessch, "Grade 1", "White", "Female", Integer.toString(half / 2),
                        "Category Set A - By Race/Ethnicity; Sex; Grade"),
                membership(leaid, ncessch, "Grade 1", "White", "Male", Integer.toString(half - half / 2),
                        "Category Set A - By Race/Ethnicity; Sex; Grade"),
                membership(leaid, ncessch, "No Category Codes", "No Category Codes", "Female", Integer.toString(half),
                        "Subtotal 4 - By Grade"),
                membership(leaid, ncessch, "No Category Codes", "No Category Codes", "No Category Codes",
                        Integer.toString(total), "Education Unit Total"));
    }

    public static List<String> lunchOf(String leaid, String ncessch, String free, String reduced, String total,
            String directCert) {
        String p = "2022-2023,01,ALABAMA,AL,School,1,,AL-101," + leaid + ",AL-101-0010," + ncessch + ","
                + ncessch.substring(7) + ",";
        return List.of(
                p + "Free and Reduced-price Lunch Table,Free lunch qualified," + free + ",Category Set A,Reported",
                p + "Free and Reduced-price Lunch Table,Reduced-price lunch qualified," + reduced + ",Category Set A,Reported",
                p + "Free and Reduced-price Lunch Table,No Category Codes," + total + ",Education Unit Total,Reported",
                p + "Direct Certification,Not Applicable," + directCert + ",Education Unit Total,Reported");
    }

    public static String staff(String leaid, String ncessch, String teachers) {
        return "2022-2023,01,ALABAMA,AL,School,1,,AL-101," + leaid + ",AL-101-0010," + ncessch + "," + ncessch.substring(7)
                + "," + teachers + ",Reported";
    }

    public static Path write(Path file, String header, List<String> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write("\r\n");
            for (String r : rows) {
                w.write(r);
                w.write("\r\n");
            }
        }
        return file;
    }

    /**
     * A membership file of about {@code rows} rows over {@code districts} districts of 20 schools, each school with
     * grade/race/sex rows, subtotals and its total, as the CCD publishes it.
     */
    public static void writeLargeMembership(Path file, int rows) throws IOException {
        String[] races = {"American Indian or Alaska Native", "Asian", "Black or African American", "Hispanic/Latino",
            "Native Hawaiian or Other Pacific Islander", "Two or more races", "White"};
        String[] sexes = {"Female", "Male"};
        String[] grades = {"Kindergarten", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5"};
        int perSchool = races.length * sexes.length * grades.length + 2;
        int schools = Math.max(1, rows / perSchool);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(MEMBERSHIP_HEADER);
            w.write("\r\n");
            for (int s = 0; s < schools; s++) {
                String leaid = String.format("%07d", 100005 + s / 20);
                String ncessch = leaid + String.format("%05d", s % 20 + 1);
                int total = 0;
                for (String g : grades) {
                    for (String r : races) {
                        for (String x : sexes) {
                            int n = (s + g.length() + r.length() + x.length()) % 30;
                            total += n;
                            w.write(membership(leaid, ncessch, g, r, x, Integer.toString(n),
                                    "Category Set A - By Race/Ethnicity; Sex; Grade"));
                            w.write("\r\n");
                        }
                    }
                }
                w.write(membership(leaid, ncessch, "No Category Codes", "No Category Codes", "Female",
                        Integer.toString(total / 2), "Subtotal 4 - By Grade"));
                w.write("\r\n");
                w.write(membership(leaid, ncessch, "No Category Codes", "No Category Codes", "No Category Codes",
                        Integer.toString(total), "Education Unit Total"));
                w.write("\r\n");
            }
        }
    }
}
