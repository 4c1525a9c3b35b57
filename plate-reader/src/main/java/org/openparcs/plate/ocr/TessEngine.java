package org.openparcs.plate.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.openparcs.plate.image.GrayImage;

/**
 * One Tesseract engine handle, initialised once and reused for every image. Not thread-safe: each
 * worker thread owns its own (Tesseract re-initialisation costs ~100 ms, a recognition ~10 ms).
 */
final class TessEngine implements AutoCloseable {

  private static final int OEM_LSTM_ONLY = 1;

  private final TessAPI api;
  private final TessBaseAPI handle;
  private ByteBuffer buffer = ByteBuffer.allocateDirect(0);

  TessEngine(
      TessAPI api,
      String tessdata,
      String language,
      Map<String, String> initVariables,
      Map<String, String> variables) {
    this.api = api;
    this.handle = api.TessBaseAPICreate();
    int rc = initialise(tessdata, language, initVariables);
    if (rc != 0) {
      api.TessBaseAPIDelete(handle);
      throw new IllegalStateException(
          "Tesseract could not load language '" + language + "' from " + tessdata);
    }
    variables.forEach((name, value) -> api.TessBaseAPISetVariable(handle, name, value));
  }

  /** Init-only variables (dictionary loading) must reach Init through a config file. */
  private int initialise(String tessdata, String language, Map<String, String> initVariables) {
    if (initVariables.isEmpty()) {
      return api.TessBaseAPIInit2(handle, tessdata, language, OEM_LSTM_ONLY);
    }
    try {
      Path config = Files.createTempFile("parcs-tess", ".config");
      StringBuilder text = new StringBuilder();
      initVariables.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
      Files.writeString(config, text, StandardCharsets.UTF_8);
      PointerByReference configs = new PointerByReference();
      configs.setPointer(new StringArray(new String[] {config.toString()}));
      int rc = api.TessBaseAPIInit1(handle, tessdata, language, OEM_LSTM_ONLY, configs, 1);
      Files.deleteIfExists(config);
      return rc;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write a Tesseract config file", e);
    }
  }

  void setPageSegMode(int mode) {
    api.TessBaseAPISetPageSegMode(handle, mode);
  }

  /** Recognises one image and returns its symbols left to right (whitelisted characters only). */
  List<OcrSymbol> recognise(GrayImage image) {
    int size = image.pixels().length;
    if (buffer.capacity() < size) {
      buffer = ByteBuffer.allocateDirect(size);
    }
    buffer.clear();
    buffer.put(image.pixels()).flip();
    api.TessBaseAPISetImage(handle, buffer, image.width(), image.height(), 1, image.width());
    api.TessBaseAPISetSourceResolution(handle, 300);
    List<OcrSymbol> symbols = new ArrayList<>();
    if (api.TessBaseAPIRecognize(handle, null) != 0) {
      api.TessBaseAPIClear(handle);
      return symbols;
    }
    TessResultIterator it = api.TessBaseAPIGetIterator(handle);
    if (it != null) {
      try {
        collect(it, symbols);
      } finally {
        api.TessResultIteratorDelete(it);
      }
    }
    api.TessBaseAPIClear(handle);
    return symbols;
  }

  private void collect(TessResultIterator it, List<OcrSymbol> symbols) {
    int level = TessPageIteratorLevel.RIL_SYMBOL;
    var page = api.TessResultIteratorGetPageIterator(it);
    var l = java.nio.IntBuffer.allocate(1);
    var t = java.nio.IntBuffer.allocate(1);
    var r = java.nio.IntBuffer.allocate(1);
    var b = java.nio.IntBuffer.allocate(1);
    do {
      Pointer textPtr = api.TessResultIteratorGetUTF8Text(it, level);
      if (textPtr == null) {
        continue;
      }
      String text = textPtr.getString(0, "UTF-8");
      api.TessDeleteText(textPtr);
      float conf = api.TessResultIteratorConfidence(it, level);
      List<OcrSymbol.Choice> choices = new ArrayList<>();
      addChoice(choices, text, conf);
      TessChoiceIterator ci = api.TessResultIteratorGetChoiceIterator(it);
      if (ci != null) {
        do {
          addChoice(
              choices, api.TessChoiceIteratorGetUTF8Text(ci), api.TessChoiceIteratorConfidence(ci));
        } while (api.TessChoiceIteratorNext(ci) != 0);
        api.TessChoiceIteratorDelete(ci);
      }
      if (!choices.isEmpty()) {
        api.TessPageIteratorBoundingBox(page, level, l, t, r, b);
        symbols.add(new OcrSymbol(choices, l.get(0), r.get(0)));
      }
    } while (api.TessResultIteratorNext(it, level) != 0);
  }

  private static void addChoice(List<OcrSymbol.Choice> choices, String text, float conf) {
    if (text == null || text.length() != 1) {
      return;
    }
    char c = Character.toUpperCase(text.charAt(0));
    boolean allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!allowed || choices.stream().anyMatch(x -> x.character() == c)) {
      return;
    }
    choices.add(new OcrSymbol.Choice(c, Math.max(0, Math.min(1, conf / 100.0))));
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
