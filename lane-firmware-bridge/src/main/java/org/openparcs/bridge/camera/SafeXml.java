package org.openparcs.bridge.camera;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * XML from a camera, parsed with every door shut (OWASP XXE prevention): a DOCTYPE is refused
 * outright, so no entity is ever declared, expanded or fetched (XXE, billion laughs); no XInclude,
 * no external DTD or schema, secure processing limits on.
 */
final class SafeXml {

  private static final String DOCTYPE_MARK = "DOCTYPE";

  private SafeXml() {}

  static Document parse(byte[] xml, String what) throws CameraPushException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(null);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
          });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains(DOCTYPE_MARK) || message.contains("entity")) {
        throw new CameraPushException(
            CameraPushException.Kind.UNSAFE_XML,
            what + " declares a DOCTYPE or entities, which are refused (XXE, entity expansion)");
      }
      throw new CameraPushException(
          CameraPushException.Kind.MALFORMED, what + " is not well-formed XML: " + message);
    } catch (IOException | ParserConfigurationException e) {
      throw new CameraPushException(
          CameraPushException.Kind.MALFORMED, what + " cannot be read: " + e.getMessage());
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(false);
    return f;
  }
}
