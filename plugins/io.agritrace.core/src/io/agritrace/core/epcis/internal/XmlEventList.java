package io.agritrace.core.epcis.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.core.text.Message;

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
	/** Lists, before the event list, the fields left out of every event (prefixed names, one an element or all in its text). */
	private static final String IGNORE_FIELDS = "ignoreFields"; //$NON-NLS-1$
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

	/**
	 * No DTD processing and no external entities: a partner's document must not make
	 * us read files or URLs (XXE) or expand entities without bound.
	 */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever bundles provide
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private void openEventList() throws XMLStreamException {
		moveToRoot();
		String root = xml.getLocalName();
		if (!DOCUMENTS.contains(root)) {
			throw new EpcisFormatException("/" + root, Texts.Format_xmlRoot.with()); //$NON-NLS-1$
		}
		Set<String> ignored = new HashSet<>();
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (EVENT_LIST.equals(xml.getLocalName())) {
				open(ignored);
				return;
			}
			if (IGNORE_FIELDS.equals(xml.getLocalName())) {
				ignored.addAll(ignoredFields());
			}
		}
		throw new EpcisFormatException("/" + root, Texts.Format_xmlNoEventList.with()); //$NON-NLS-1$
	}

	/**
	 * To the root element, past the prolog. A plain document type declaration, as
	 * GS1's own examples carry, is ignored; one with an internal subset (where entities
	 * are declared) is refused, since no DTD is ever processed here.
	 */
	private void moveToRoot() throws XMLStreamException {
		while (true) {
			switch (xml.next()) {
			case XMLStreamConstants.START_ELEMENT -> {
				return;
			}
			case XMLStreamConstants.DTD -> {
				if (xml.getText().indexOf('[') >= 0) {
					throw new EpcisFormatException(Texts.Format_line.with(xml.getLocation().getLineNumber()),
							Texts.Format_dtdRefused.with(), null);
				}
			}
			case XMLStreamConstants.END_DOCUMENT -> throw new EpcisFormatException("/", Texts.Format_noRoot.with()); //$NON-NLS-1$
			default -> {
				// comments, processing instructions and white space before the root
			}
			}
		}
	}

	/** The names an ignoreFields element lists, expanded with the namespaces in scope there. */
	private List<String> ignoredFields() throws XMLStreamException {
		NamespaceContext namespaces = xml.getNamespaceContext();
		int line = xml.getLocation().getLineNumber();
		XmlElement list = element();
		StringBuilder names = new StringBuilder(list.text);
		list.children.forEach(field -> names.append(' ').append(field.text));
		List<String> expanded = new ArrayList<>();
		for (String name : names.toString().trim().split("\\s+")) { //$NON-NLS-1$
			int colon = name.indexOf(':');
			if (colon < 0) {
				if (!name.isEmpty()) {
					expanded.add(name);
				}
				continue;
			}
			String namespace = namespaces.getNamespaceURI(name.substring(0, colon));
			if (namespace == null || namespace.isEmpty()) {
				throw new EpcisFormatException(Texts.Format_atLine.with(IGNORE_FIELDS, line),
						Texts.Format_undeclaredPrefix.with(name), null);
			}
			expanded.add("{" + namespace + "}" + name.substring(colon + 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return expanded;
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
		// The JDK's parser puts the position in front of its message; the exception's place already says it.
		String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", //$NON-NLS-1$
				""); //$NON-NLS-1$
		Message reason = Texts.Format_notWellFormed.with(message);
		return e.getLocation() == null ? new EpcisFormatException("/", reason, e) //$NON-NLS-1$
				: new EpcisFormatException(Texts.Format_line.with(e.getLocation().getLineNumber()), reason, e);
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
