package dev.waibao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waibao.testing.BrowserScripts;
import dev.waibao.testing.PackagedApp;
import dev.waibao.testing.TemporaryDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The authority's statistics dashboard in the browser, against the packaged jar with its
 * demonstration data: filtering by city changes the chart, and the XLSX downloaded from the page
 * has the rows the page's table shows, under a header naming the period and the filter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBrowserIT {

  private BrowserScripts browser;
  private Path dataDir;
  private PackagedApp app;

  @BeforeAll
  void start() {
    browser = BrowserScripts.locate();
    dataDir = TemporaryDirectories.create("waibao-e2e-statistics").resolve("data");
    app = PackagedApp.start(dataDir, Map.of());
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (dataDir != null) {
      TemporaryDirectories.delete(dataDir.getParent());
    }
  }

  @Test
  void theAuthorityFiltersByCityAndDownloadsTheTableAsXlsx() throws IOException {
    Path work = dataDir.getParent();
    Path xlsx = work.resolve("tenders.xlsx");
    Path table = work.resolve("tenders.json");
    String output =
        browser.run(
            "statistics.e2e.mjs",
            app.baseUri(),
            Map.of("WAIBAO_E2E_DOWNLOAD", xlsx.toString(), "WAIBAO_E2E_TABLE", table.toString()));
    assertThat(output).contains("statistics e2e: all checks passed");

    List<List<String>> shown = parseRows(Files.readString(table));
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("招投标");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("按季度 ");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("city=daqing");
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).startsWith("外包平台业务记录");
      List<List<String>> rows = new ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(text(row.getCell(c)));
        }
        rows.add(cells);
      }
      // the page shows award rates as percentages and numbers with separators; the counts and
      // periods read the same
      assertThat(rows).hasSameSizeAs(shown).isNotEmpty();
      for (int i = 0; i < rows.size(); i++) {
        List<String> file = rows.get(i);
        List<String> page = shown.get(i);
        assertThat(file.get(0)).as("period of row " + i).isEqualTo(page.get(0));
        for (int c : new int[] {1, 2, 3, 5, 6}) {
          assertThat(file.get(c)).as("column " + c + " of row " + i).isEqualTo(page.get(c));
        }
        assertThat(percent(file.get(7))).as("award rate of row " + i).isEqualTo(page.get(7));
      }
    }
  }

  private static String percent(String ratio) {
    if (ratio.isEmpty()) {
      return "";
    }
    BigDecimal value = new BigDecimal(ratio).multiply(BigDecimal.valueOf(100));
    return value.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
        + "%";
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC
        ? new BigDecimal(String.valueOf(cell.getNumericCellValue()))
            .stripTrailingZeros()
            .toPlainString()
        : cell.getStringCellValue();
  }

  /** The page's rows as the script saved them: a JSON array of arrays of strings. */
  private static List<List<String>> parseRows(String json) throws IOException {
    return new ObjectMapper().readValue(json, new TypeReference<List<List<String>>>() {});
  }
}
