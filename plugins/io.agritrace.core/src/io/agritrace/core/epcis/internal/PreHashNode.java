package io.agritrace.core.epcis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of an event as the hash algorithm sees it, shaped like the EPCIS
 * XML binding: a name, an optional text value and child elements.
 */
final class PreHashNode {

	final String name;
	final String value;
	final List<PreHashNode> children;

	PreHashNode(String name, String value, List<PreHashNode> children) {
		this.name = name;
		this.value = value == null ? "" : value; //$NON-NLS-1$
		this.children = new ArrayList<>(children);
	}

	PreHashNode renamed(String newName) {
		return new PreHashNode(newName, value, children);
	}

	PreHashNode child(String childName) {
		return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
	}

	@Override
	public String toString() {
		return name + (value.isEmpty() ? "" : "=" + value) + (children.isEmpty() ? "" : children); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
