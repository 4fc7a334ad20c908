package io.agritrace.core.epcis.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

/** An element of an EPCIS XML event as read: name, attributes, text and children. */
final class XmlElement {

	final QName name;
	final List<Attribute> attributes;
	final List<XmlElement> children = new ArrayList<>();
	final StringBuilder text = new StringBuilder();
	final int line;

	XmlElement(QName name, List<Attribute> attributes, int line) {
		this.name = name;
		this.attributes = attributes;
		this.line = line;
	}

	/** Standard EPCIS fields have no namespace; user extensions have one. */
	boolean isExtension() {
		return !name.getNamespaceURI().isEmpty();
	}

	String local() {
		return name.getLocalPart();
	}

	String trimmedText() {
		return text.toString().strip();
	}

	String attribute(String localName) {
		return attributes.stream().filter(a -> a.name().getNamespaceURI().isEmpty() && a.name().getLocalPart().equals(localName))
				.map(Attribute::value).findFirst().orElse(null);
	}

	record Attribute(QName name, String value) {
	}
}
