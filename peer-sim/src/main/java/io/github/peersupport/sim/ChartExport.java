package io.github.peersupport.sim;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes an XChart chart as PNG (XChart's {@code BitmapEncoder}), SVG (the chart painted into Apache
 * Batik's {@code SVGGraphics2D}, text kept as text, {@code width}, {@code height} and {@code viewBox} on
 * the root element) or PDF (painted into pdfbox-graphics2d's {@code PdfBoxGraphics2D} as a form on one
 * page whose media box is the chart's size in points). Headless: sets {@code java.awt.headless=true}
 * before rendering.
 */
final class ChartExport {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private ChartExport() {}

  static Path save(Chart<?, ?> chart, Path file, ChartFormat format) {
    System.setProperty("java.awt.headless", "true");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      switch (format) {
        case PNG:
          try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
          }
          break;
        case SVG:
          svg(chart, file);
          break;
        default:
          pdf(chart, file);
          break;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("file: cannot write " + file, e);
    }
  }

  private static void svg(Chart<?, ?> chart, Path file) throws IOException {
    Document document;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("svg: the platform's XML parser is not configured", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment("peer-sim chart");
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    int w = chart.getWidth();
    int h = chart.getHeight();
    g.setSVGCanvasSize(new Dimension(w, h));
    chart.paint(g, w, h);
    Element root = g.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      g.stream(root, out, true, false);
    } finally {
      g.dispose();
    }
  }

  private static void pdf(Chart<?, ?> chart, Path file) throws IOException {
    int w = chart.getWidth();
    int h = chart.getHeight();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(w, h));
      document.addPage(page);
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
      try {
        chart.paint(g, w, h);
      } finally {
        g.dispose();
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(g.getXFormObject());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        document.save(out);
      }
    }
  }
}
