package org.rolloutplanner.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.district.DistrictRepository;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.ImportedSchool;
import org.rolloutplanner.io.importing.SchoolFileImporter;
import org.rolloutplanner.io.table.TableFiles;
import org.rolloutplanner.io.table.TableSource;

/**
 * Importing school lists into a district: read and check the files ({@link #read}), show what would change
 * ({@link #preview}), then write it all in one transaction ({@link #apply}). Nothing is written before {@code apply};
 * a failure or cancel in {@code apply} leaves the workspace as it was.
 */
public final class ImportService {

    private final DistrictRepository districts;
    private final SchoolRepository schools;
    private final SchoolImportRepository imports;
    private final Transactions tx;

    public ImportService(DistrictRepository districts, SchoolRepository schools, SchoolImportRepository imports,
            Transactions tx) {
        this.districts = districts;
        this.schools = schools;
        this.imports = imports;
        this.tx = tx;
    }

    /** Reads and checks the files; writes nothing. */
    public static ImportBatch read(ImportRequest request, ImportProgress progress) throws IOException {
        if (request.files().isEmpty()) {
            throw new UserFacingException("Choose at least one file to import.");
        }
        boolean ccd = switch (request.mode()) {
            case CCD -> true;
            case TABLE -> false;
            case AUTO -> isCcd(request.files().getFirst().file());
        };
        if (ccd) {
            return CcdImporter.read(request.files().stream().map(SchoolFileImporter.FileSettings::file).toList(),
                    request.ccdFilter(), request.districtName(), progress);
        }
        return SchoolFileImporter.read(request.files(), progress);
    }

    private static boolean isCcd(Path file) throws IOException {
        try (TableSource src = TableFiles.open(file, TableFiles.OpenOptions.DEFAULT)) {
            return CcdImporter.looksLikeCcd(src.header());
        } catch (FileProblemsException e) {
            return false; // read() reports the file's problems
        }
    }

    /** What {@link #apply} would change in the district (which may not exist yet). */
    public ImportPreview preview(String districtName, ImportBatch batch) {
        return tx.inTransaction(() -> diff(districtName, batch));
    }

    private ImportPreview diff(String districtName, ImportBatch batch) {
        Optional<District> d = districts.byName(districtName.strip());
        if (d.isEmpty()) {
            return ImportDiff.compute(districtName.strip(), true, List.of(), Map.of(), batch);
        }
        long key = d.get().key();
        return ImportDiff.compute(d.get().name(), false, schools.ofDistrict(key), imports.attributesOfDistrict(key), batch);
    }

    /**
     * Writes the schools read into the district, in one transaction: new schools added, known ones (same id) updated,
     * others of the district kept. Refused, writing nothing, when the files have problems, unless {@code skipBadRows}
     * (then rows with problems are left out; problems of a whole file still refuse).
     */
    public ImportOutcome apply(String districtName, boolean createDistrict, ImportBatch batch, boolean skipBadRows)
            throws FileProblemsException {
        return apply(districtName, createDistrict, batch, skipBadRows, WriteProgress.NONE);
    }

    /**
     * As {@link #apply(String, boolean, ImportBatch, boolean)}, telling {@code progress} how many rows are written;
     * when {@code progress} throws (a cancel), the transaction rolls back and the exception comes back to the caller.
     */
    public ImportOutcome apply(String districtName, boolean createDistrict, ImportBatch batch, boolean skipBadRows,
            WriteProgress progress) throws FileProblemsException {
        if (!batch.fileProblems().isEmpty()) {
            throw new FileProblemsException(batch.allProblems());
        }
        if (!batch.rowProblems().isEmpty() && !skipBadRows) {
            throw new FileProblemsException(batch.rowProblems());
        }
        String name = districtName == null ? "" : districtName.strip();
        try {
            return write(name, createDistrict, batch, progress);
        } catch (WorkspaceException e) {
            if (e.isDiskFull()) {
                throw WorkspaceException.diskFull(e.file(), "the import was not saved: no school was added or "
                        + "changed", e);
            }
            throw e;
        }
    }

    private ImportOutcome write(String name, boolean createDistrict, ImportBatch batch, WriteProgress progress) {
        return tx.inTransaction(() -> {
            Optional<District> existing = districts.byName(name);
            District district;
            if (existing.isPresent()) {
                district = existing.get();
            } else if (createDistrict) {
                District.nameProblem(name).ifPresent(p -> {
                    throw new UserFacingException(p);
                });
                district = districts.insert(new District(0, name, DistrictProfile.EMPTY));
            } else {
                throw new UserFacingException("There is no district named \"" + name + "\" in this workspace. "
                        + "Create it first (on the command line: add --create-district).");
            }
            ImportPreview p = diff(district.name(), batch);
            List<School> newSchools = new ArrayList<>(p.added().size());
            for (ImportedSchool s : p.added()) {
                newSchools.add(s.school());
            }
            long total = newSchools.size() + p.changed().size();
            for (ImportedSchool s : p.added()) {
                total += s.attributes().size();
            }
            for (ImportPreview.SchoolChange c : p.changed()) {
                total += c.attributes().size();
            }
            long all = total;
            long[] done = {0};
            IntConsumer written = n -> {
                done[0] += n;
                progress.written(done[0], all);
            };
            progress.written(0, all);
            List<School> inserted = imports.insertAll(district.key(), newSchools, written);
            imports.updateAll(p.changed().stream().map(ImportPreview.SchoolChange::after).toList(), written);
            Map<Long, Map<String, String>> newAttributes = new LinkedHashMap<>();
            for (int i = 0; i < inserted.size(); i++) {
                if (!p.added().get(i).attributes().isEmpty()) {
                    newAttributes.put(inserted.get(i).key(), p.added().get(i).attributes());
                }
            }
            imports.insertAttributes(newAttributes, written);
            Map<Long, Map<String, String>> changedAttributes = new LinkedHashMap<>();
            for (ImportPreview.SchoolChange c : p.changed()) {
                if (!c.attributes().isEmpty()) {
                    changedAttributes.put(c.before().key(), c.attributes());
                }
            }
            imports.putAttributes(changedAttributes, written);
            return new ImportOutcome(district.name(), p.added().size(), p.changed().size(), p.unchanged().size(),
                    batch.rejectedRows(), p.missing().size(), batch.notes());
        });
    }

    /** The custom attributes of a district's schools (school key -> name -> value). */
    public Map<Long, Map<String, String>> attributesOfDistrict(long districtKey) {
        return tx.inTransaction(() -> imports.attributesOfDistrict(districtKey));
    }
}
