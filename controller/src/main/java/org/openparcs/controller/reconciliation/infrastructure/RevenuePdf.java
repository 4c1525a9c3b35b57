package org.openparcs.controller.reconciliation.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.reconciliation.model.RevenueReport.Dimension;
import org.openparcs.controller.reconciliation.model.RevenueReport.RevenueLine;
import org.openparcs.controller.shared.model.Money;

/** The revenue report as a PDF for auditors (PDFBox, standard Helvetica, US Letter pages). */
public final class RevenuePdf {

  private static final float LEFT = 50;
  private static final float TOP = 740;
  private static final float BOTTOM = 50;
  private static final float LEADING = 14;
  private static final float[] COLUMNS = {50, 200, 300, 390, 480};

  private RevenuePdf() {}

  public static byte[] of(RevenueReport r, String garageName) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Revenue report: " + garageName});
    rows.add(new String[] {"Period " + r.period().from() + " to " + r.period().to() + " (UTC)"});
    rows.add(new String[] {""});
    rows.add(new String[] {"", "expected", "collected", "gap", "stays"});
    rows.add(row("Total", r.expected(), r.collected(), r.visitorStays()));
    for (Dimension d : Dimension.values()) {
      rows.add(new String[] {""});
      rows.add(new String[] {"By " + d.name().toLowerCase()});
      for (RevenueLine l : r.of(d)) {
        rows.add(row(l.key(), l.expected(), l.collected(), l.stays()));
      }
    }
    return render(rows);
  }

  private static String[] row(String key, Money expected, Money collected, long stays) {
    return new String[] {
      key,
      expected == null ? "-" : expected.toString(),
      collected.toString(),
      expected == null ? "-" : expected.minus(collected).toString(),
      stays == 0 ? "" : String.valueOf(stays)
    };
  }

  private static byte[] render(List<String[]> rows) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPageContentStream page = null;
      float y = 0;
      for (String[] row : rows) {
        if (page == null || y < BOTTOM) {
          if (page != null) {
            page.close();
          }
          PDPage p = new PDPage(PDRectangle.LETTER);
          doc.addPage(p);
          page = new PDPageContentStream(doc, p);
          page.setFont(font, 10);
          y = TOP;
        }
        for (int i = 0; i < row.length; i++) {
          page.beginText();
          page.newLineAtOffset(i == 0 ? LEFT : COLUMNS[i], y);
          page.showText(ascii(row[i]));
          page.endText();
        }
        y -= LEADING;
      }
      if (page != null) {
        page.close();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the revenue report", e);
    }
  }

  /** The standard fonts encode WinAnsi only: anything else is shown as '?'. */
  private static String ascii(String s) {
    return s.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
