package io.agritrace.core.epcis.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.agritrace.core.epcis.EpcisFormatException;

/**
 * The events of an EPCIS XML document (EPCISDocument or EPCISQueryDocument,
 * schema 1.x or 2.0), streamed with StAX: one event's elements are in memory
 * at a time. Each is handed over in the JSON-LD binding ({@link XmlEventMapper}).
 */
public final class XmlEventList extends EventList {

	private static final Set<String> DOCUMENTS = Set.of("EPCISDocument", "EPCISQueryDocument"); //$NON-NLS-1$ //$NON-NLS-2$
	/** EPCIS 1.x documents wrap the event types it added later (TransformationEvent) in this. */
	private static final String EXTENSION = "extension"; //$NON-NLS-1$
	private static final String EVENT_LIST = "EventList"; //$NON-NLS-1$
	private static final XMLInputFactory FACTORY = factory();

	private final XMLStreamReader xml;

	public XmlEventList(InputStream in) {
		try {
			xml = FACTORY.createXMLStreamReader(in);
			openEventList();
		} catch (XMLStreamException e) {
			throw notXml(e);
		}
	}

	/** No DTDs and no external entities: a partner's document must not make us read files or URLs. */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever bundles provide
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private void openEventList() throws XMLStreamException {
		xml.nextTag();
		String root = xml.getLocalName();
		if (!DOCUMENTS.contains(root)) {
			throw new EpcisFormatException("/" + root, "must be EPCISDocument or EPCISQueryDocument"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && EVENT_LIST.equals(xml.getLocalName())) {
				open();
				return;
			}
		}
		throw new EpcisFormatException("/" + root, "has no EventList"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected String listPath() {
		return EVENT_LIST;
	}

	/** Through extension wrappers, which EPCIS 1.x puts around TransformationEvents. */
	@Override
	protected boolean moveToNextEvent() {
		try {
			while (true) {
				int token = xml.next();
				if (token == XMLStreamConstants.START_ELEMENT && !EXTENSION.equals(xml.getLocalName())) {
					return true;
				}
				if (token == XMLStreamConstants.END_ELEMENT && EVENT_LIST.equals(xml.getLocalName())
						|| token == XMLStreamConstants.END_DOCUMENT) {
					return false;
				}
			}
		} catch (XMLStreamException e) {
			throw notXml(e);
		}
	}

	@Override
	protected Listed readEvent(String path) {
		try {
			return XmlEventMapper.event(element(), path);
		} catch (XMLStreamException e) {
			throw notXml(e);
		}
	}

	/** The element at the reader's start tag, with everything inside it; leaves the reader at its end tag. */
	private XmlElement element() throws XMLStreamException {
		List<XmlElement.Attribute> attributes = new ArrayList<>(xml.getAttributeCount());
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (!XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))) {
				attributes.add(new XmlElement.Attribute(xml.getAttributeName(i), xml.getAttributeValue(i)));
			}
		}
		XmlElement element = new XmlElement(xml.getName(), attributes, xml.getLocation().getLineNumber());
		while (true) {
			switch (xml.next()) {
			case XMLStreamConstants.START_ELEMENT -> element.children.add(element());
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> element.text.append(xml.getText());
			case XMLStreamConstants.END_ELEMENT -> {
				return element;
			}
			default -> {
				// comments and processing instructions carry no event data
			}
			}
		}
	}

	private static EpcisFormatException notXml(XMLStreamException e) {
		String where = e.getLocation() == null ? "/" : "line " + e.getLocation().getLineNumber(); //$NON-NLS-1$ //$NON-NLS-2$
		// The JDK's parser puts the position in front of its message; "where" already says it.
		String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return new EpcisFormatException(where, "not well-formed XML: " + message, e); //$NON-NLS-1$
	}

	@Override
	public void close() {
		try {
			xml.close();
		} catch (XMLStreamException e) {
			throw notXml(e);
		}
	}
}
