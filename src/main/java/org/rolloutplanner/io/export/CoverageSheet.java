package org.rolloutplanner.io.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Plan;

/**
 * Coverage: per school year, schools and students that started and that launched in the year (numbers), and the
 * cumulative shares as formulas over those numbers and the plan's totals (so they stay right when someone edits a
 * count), with a line chart of the four cumulative curves.
 */
final class CoverageSheet implements SheetPart {

    /** Row (0-based) of the column headers; data starts on the next row. */
    static final int HEADER_ROW = 4;
    static final String[] HEADERS = {"School year", "Schools started", "Students started", "Schools launched",
        "Students launched", "Schools started (cumulative)", "Students started (cumulative)",
        "Schools launched (cumulative)", "Students launched (cumulative)"};
    private static final String[] COLOURS = {"#4C78A8", "#F58518", "#54A24B", "#B279A2"};

    private final ExportedPlan plan;
    private final Cells cells;

    CoverageSheet(ExportedPlan plan, Cells cells) {
        this.plan = plan;
        this.cells = cells;
    }

    @Override
    public void template(XSSFSheet sheet) {
        var st = cells.styles;
        Plan p = plan.plan();
        cells.text(Cells.row(sheet, 0), 0, "Coverage of " + plan.name(), st.title);
        Row schools = Cells.row(sheet, 1);
        cells.text(schools, 0, "Schools in the plan", st.bold);
        cells.number(schools, 1, p.schoolCount(), st.integer);
        Row students = Cells.row(sheet, 2);
        cells.text(students, 0, "Students in the plan", st.bold);
        cells.number(students, 1, p.studentCount(), st.integer);

        Row head = Cells.row(sheet, HEADER_ROW);
        for (int i = 0; i < HEADERS.length; i++) {
            cells.text(head, i, HEADERS[i], st.header);
        }
        List<Plan.YearSummary> years = p.years();
        int first = HEADER_ROW + 2; // 1-based row of the first year, for formulas
        int prevLaunched = 0;
        long prevLaunchedStudents = 0;
        for (int y = 0; y < years.size(); y++) {
            Plan.YearSummary ys = years.get(y);
            Row row = Cells.row(sheet, HEADER_ROW + 1 + y);
            int excelRow = first + y;
            cells.text(row, 0, ys.schoolYear().label());
            cells.number(row, 1, ys.schoolsStarted(), st.integer);
            cells.number(row, 2, ys.studentsStarted(), st.integer);
            cells.number(row, 3, ys.launched().schools() - prevLaunched, st.integer);
            cells.number(row, 4, ys.launched().students() - prevLaunchedStudents, st.integer);
            prevLaunched = ys.launched().schools();
            prevLaunchedStudents = ys.launched().students();
            cells.formula(row, 5, share("B", first, excelRow, "$B$2"), st.percent);
            cells.formula(row, 6, share("C", first, excelRow, "$B$3"), st.percent);
            cells.formula(row, 7, share("D", first, excelRow, "$B$2"), st.percent);
            cells.formula(row, 8, share("E", first, excelRow, "$B$3"), st.percent);
        }
        int last = first + years.size() - 1;
        if (!years.isEmpty()) {
            Row total = Cells.row(sheet, HEADER_ROW + 1 + years.size());
            cells.text(total, 0, "Total", st.bold);
            for (int c = 1; c <= 4; c++) {
                String col = CellReference.convertNumToColString(c);
                cells.formula(total, c, "SUM(" + col + first + ":" + col + last + ")", st.integerBold);
            }
            // the chart's cached points are read from the cells: compute the formulas first
            var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        evaluator.evaluateFormulaCell(cell);
                    }
                }
            }
            chart(sheet, first - 1, last - 1);
        }
        Widths w = new Widths(HEADERS.length);
        w.see(0, "Students in the plan");
        for (int i = 1; i < HEADERS.length; i++) {
            w.see(i, Math.min(HEADERS[i].length(), 16));
        }
        w.apply(sheet);
        head.setHeightInPoints(32);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** IF(total=0,0,SUM(B$6:B7)/total): the share reached by the end of this row's year. */
    private static String share(String col, int first, int row, String total) {
        return "IF(" + total + "=0,0,SUM(" + col + "$" + first + ":" + col + row + ")/" + total + ")";
    }

    private void chart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = HEADER_ROW + (lastRow - firstRow) + 4;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 9, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Cumulative coverage of " + plan.name());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle("School year");
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle("Share (cumulative)");
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setMinimum(0);
        left.setMaximum(1);
        left.setNumberFormat("0%");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        XDDFDataSource<String> years = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int i = 0; i < 4; i++) {
            int col = 5 + i;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, col, col));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(years, values);
            series.setTitle(HEADERS[col], new CellReference(sheet.getSheetName(), HEADER_ROW, col, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(COLOURS[i]))));
            line.setWidth(2.25);
            XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties()
                    : series.getShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

}
