package org.openparcs.portal.report.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openparcs.portal.report.model.AnnualReport;
import org.openparcs.portal.report.model.LocationCount;

/**
 * The annual data usage report as PDF (Apache PDFBox, one place only): the figures as text and two
 * bar charts, reads and hits by location. Text is reduced to what the standard fonts print.
 */
public final class AnnualReportPdf {

  private static final float MARGIN = 50;
  private static final float LINE = 14;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  public byte[] render(AnnualReport report) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        float y = page.getMediaBox().getHeight() - MARGIN;
        y = text(c, bold, 16, y, "Annual ALPR Data Usage Report " + report.year());
        y = text(c, regular, 10, y, "Profile: " + report.profile());
        y =
            text(
                c,
                regular,
                10,
                y,
                "Plate reads: "
                    + report.reads()
                    + "    Hot-list hits: "
                    + report.hits()
                    + "    Records accessed: "
                    + report.recordsAccessed());
        y = text(c, regular, 10, y, "Accuracy: " + report.accuracy());
        for (Map.Entry<String, Long> e : report.accessesByAction().entrySet()) {
          y = text(c, regular, 10, y, "  " + e.getKey() + ": " + e.getValue());
        }
        y -= LINE;
        y = chart(c, y, "Reads by location", report.locations(), true);
        y -= LINE;
        chart(c, y, "Hits by location", report.locations(), false);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the annual report could not be drawn", e);
    }
  }

  private float chart(
      PDPageContentStream c, float y, String title, List<LocationCount> places, boolean reads)
      throws IOException {
    y = text(c, bold, 12, y, title);
    List<LocationCount> shown = places.size() > 15 ? places.subList(0, 15) : places;
    if (shown.isEmpty()) {
      return text(c, regular, 10, y, "no reads in this year");
    }
    long max =
        Math.max(1, shown.stream().mapToLong(l -> reads ? l.reads() : l.hits()).max().orElse(1));
    float width = 300;
    for (LocationCount l : shown) {
      long v = reads ? l.reads() : l.hits();
      text(c, regular, 8, y, l.place());
      c.setNonStrokingColor(0.2f, 0.4f, 0.7f);
      c.addRect(MARGIN + 200, y - 2, Math.max(1, width * v / max), 9);
      c.fill();
      c.setNonStrokingColor(0f, 0f, 0f);
      text(c, regular, 8, y, MARGIN + 200 + width + 8, String.valueOf(v));
      y -= 12;
    }
    return y;
  }

  private float text(PDPageContentStream c, PDType1Font font, float size, float y, String s)
      throws IOException {
    return text(c, font, size, y, MARGIN, s) - (size > 10 ? 6 : 2);
  }

  private float text(
      PDPageContentStream c, PDType1Font font, float size, float y, float x, String s)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(printable(s));
    c.endText();
    return y - LINE;
  }

  /** Keeps what WinAnsi prints; anything else becomes '?'. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append(ch >= 32 && ch < 127 ? ch : '?');
    }
    return b.toString();
  }
}
