package org.rolloutplanner.io.export;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, zipped with the fastest deflate level: the sheet XML of 10,000 schools × 132 months is
 * about 60 MB before zipping, and the default level spends most of the save compressing it, for a file only a
 * little smaller (measured in ExportBenchmark).
 */
public final class FastZipStreamingWorkbook extends SXSSFWorkbook {

    public FastZipStreamingWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow);
    }

    public FastZipStreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
