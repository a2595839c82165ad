package org.rolloutplanner.app.importing;

import java.util.List;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;

/**
 * What to read: the files (each with its sheet, header row and mapping), whether they are CCD files (AUTO: decided
 * from the first file's columns), and for CCD files which district(s) to keep.
 *
 * @param districtName the workspace district the schools go to; for CCD files without a filter it also picks the
 *                     CCD district of that name
 */
public record ImportRequest(List<FileSettings> files, Mode mode, CcdImporter.Filter ccdFilter, String districtName) {

    public enum Mode { AUTO, TABLE, CCD }

    public ImportRequest {
        files = List.copyOf(files);
        ccdFilter = ccdFilter == null ? CcdImporter.Filter.none() : ccdFilter;
    }
}
