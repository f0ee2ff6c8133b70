package io.github.peersupport.sim;

import java.nio.file.Path;
import java.util.Locale;

/** A file format a chart is written in: PNG (raster), SVG and PDF (vector, for publication). */
public enum ChartFormat {
  /** Portable Network Graphics (ISO/IEC 15948), a bitmap at the chart's size in pixels. */
  PNG,
  /** Scalable Vector Graphics 1.1 (W3C), written by Apache Batik's {@code SVGGraphics2D}. */
  SVG,
  /** Portable Document Format (ISO 32000), one page the chart's size in points, written by Apache PDFBox. */
  PDF;

  /**
   * Returns the file name extension, with its dot.
   *
   * @return e.g. {@code .svg}
   */
  public String extension() {
    return "." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format a file name's extension names.
   *
   * @param file a file ending in {@code .png}, {@code .svg} or {@code .pdf} (any case)
   * @return the format
   * @throws IllegalArgumentException if the extension is none of these
   */
  public static ChartFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (ChartFormat f : values()) {
      if (name.endsWith(f.extension())) {
        return f;
      }
    }
    throw io.github.peersupport.core.internal.Require.invalid("file", "must end in .png, .svg or .pdf", file.getFileName());
  }
}
