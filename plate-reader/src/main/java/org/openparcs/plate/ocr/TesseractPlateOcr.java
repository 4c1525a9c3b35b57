package org.openparcs.plate.ocr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.sourceforge.tess4j.TessAPI;
import org.openparcs.plate.image.GrayImage;

/**
 * Tesseract through Tess4J's C API binding, one engine handle per worker thread, created on first
 * use and kept: {@code Tesseract.doOCR} would re-initialise the engine on every call.
 */
public final class TesseractPlateOcr implements PlateOcr {

  private final OcrSettings settings;
  private final TessAPI api;
  private final String tessdata;
  private final ConcurrentLinkedQueue<TessEngine> engines = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<TessEngine> perThread = ThreadLocal.withInitial(this::newEngine);
  private volatile boolean closed;

  public TesseractPlateOcr(OcrSettings settings) {
    this.settings = settings;
    this.api = TesseractNatives.api(settings.systemLibraryDir());
    this.tessdata =
        settings.tessdataDir() != null
            ? settings.tessdataDir().toString()
            : TesseractNatives.bundledTessdata();
    perThread.get();
  }

  @Override
  public OcrReading read(GrayImage plate) {
    if (closed) {
      throw new IllegalStateException("the OCR was closed");
    }
    return new OcrReading(perThread.get().recognise(plate));
  }

  private TessEngine newEngine() {
    Map<String, String> init = new LinkedHashMap<>();
    if (!settings.useDictionaries()) {
      init.put("load_system_dawg", "0");
      init.put("load_freq_dawg", "0");
    }
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("tessedit_char_whitelist", settings.whitelist());
    vars.put("lstm_choice_mode", "2");
    vars.put("debug_file", "/dev/null");
    TessEngine engine = new TessEngine(api, tessdata, settings.language(), init, vars);
    engine.setPageSegMode(settings.pageSegMode());
    engines.add(engine);
    return engine;
  }

  /** Thread-safe only once no worker is reading any more; engines of live threads are freed too. */
  @Override
  public void close() {
    closed = true;
    List.copyOf(engines).forEach(TessEngine::close);
    engines.clear();
  }
}
