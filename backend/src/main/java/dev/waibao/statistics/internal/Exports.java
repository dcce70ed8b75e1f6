package dev.waibao.statistics.internal;

import io.micronaut.core.io.Writable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A dashboard table as CSV or XLSX: a header naming the table, the period, the filters and the
 * source, then the column names and the rows. Both are written straight to the response; the XLSX
 * through POI's streaming SXSSF writer, which keeps only a window of rows in memory.
 */
final class Exports {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";
  static final String SUPPRESSED = "<3";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(IndicatorQueries.ZONE));

  private Exports() {}

  /** The header lines (label, value) and the column names, in the language of the export. */
  static List<List<String>> header(Dashboards.Export export, boolean english, Instant now) {
    Dashboards.Dashboard d = export.dashboard();
    Table t = export.table();
    List<String> filters = new ArrayList<>(t.applied());
    String filterText = filters.isEmpty() ? (english ? "none" : "无") : String.join("; ", filters);
    if (!t.notApplicable().isEmpty()) {
      filterText +=
          (english ? " (not applicable to this table: " : "（不适用于本表：")
              + String.join("; ", t.notApplicable())
              + (english ? ")" : "）");
    }
    return List.of(
        List.of(english ? "Waibao statistics" : "外包平台统计", Labels.table(t.id(), english)),
        List.of(
            english ? "Period" : "期间",
            Labels.period(d.period(), english) + " " + d.from() + " – " + d.to()),
        List.of(english ? "Filters" : "筛选条件", filterText),
        List.of(
            english ? "Source" : "数据来源",
            (english ? "Waibao platform records: " : "外包平台业务记录：")
                + t.source()
                + (english ? "; generated " : "；生成于 ")
                + STAMP.format(now)
                + " (UTC+8)"));
  }

  static List<String> columnNames(Table table, boolean english) {
    return table.columns().stream().map(c -> Labels.column(c.key(), english)).toList();
  }

  static Object cell(Map<String, Object> row, Table.Column column) {
    Object value = row.get(column.key());
    if (value == null) {
      Object suppressed = row.get("suppressed");
      return suppressed instanceof List<?> list && list.contains(column.key()) ? SUPPRESSED : "";
    }
    return value;
  }

  static Writable csv(Dashboards.Export export, boolean english, Instant now) {
    return new Writable() {
      @Override
      public void writeTo(Writer out) throws IOException {
        out.write('\uFEFF');
        for (List<String> line : header(export, english, now)) {
          writeLine(out, new ArrayList<>(line));
        }
        out.write("\r\n");
        writeLine(out, new ArrayList<>(columnNames(export.table(), english)));
        for (Map<String, Object> row : export.table().rows()) {
          List<Object> cells = new ArrayList<>();
          for (Table.Column column : export.table().columns()) {
            cells.add(cell(row, column));
          }
          writeLine(out, cells);
        }
        out.flush();
      }

      @Override
      public void writeTo(OutputStream out, Charset charset) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeTo(writer);
        writer.flush();
      }
    };
  }

  private static void writeLine(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object cell = cells.get(i);
      String text =
          cell instanceof BigDecimal number ? number.toPlainString() : String.valueOf(cell);
      if (text.matches("^[=+\\-@].*") && !(cell instanceof Number)) {
        // a spreadsheet would run it as a formula
        text = "'" + text;
      }
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      out.write(text);
    }
    out.write("\r\n");
  }

  static Writable xlsx(Dashboards.Export export, boolean english, Instant now) {
    return new Writable() {
      @Override
      public void writeTo(Writer out) {
        throw new UnsupportedOperationException("an XLSX file is binary");
      }

      @Override
      public void writeTo(OutputStream out, Charset charset) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
          Sheet sheet = workbook.createSheet(Labels.table(export.table().id(), english));
          CellStyle bold = workbook.createCellStyle();
          org.apache.poi.ss.usermodel.Font font = workbook.createFont();
          font.setBold(true);
          bold.setFont(font);
          int r = 0;
          for (List<String> line : header(export, english, now)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.get(0));
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(line.get(1));
          }
          r++;
          Row names = sheet.createRow(r++);
          List<String> columnNames = columnNames(export.table(), english);
          for (int c = 0; c < columnNames.size(); c++) {
            Cell cell = names.createCell(c);
            cell.setCellValue(columnNames.get(c));
            cell.setCellStyle(bold);
          }
          for (Map<String, Object> values : export.table().rows()) {
            Row row = sheet.createRow(r++);
            List<Table.Column> columns = export.table().columns();
            for (int c = 0; c < columns.size(); c++) {
              Object value = cell(values, columns.get(c));
              Cell cell = row.createCell(c);
              if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
              } else {
                cell.setCellValue(String.valueOf(value));
              }
            }
          }
          workbook.write(out);
          out.flush();
        }
      }
    };
  }
}
