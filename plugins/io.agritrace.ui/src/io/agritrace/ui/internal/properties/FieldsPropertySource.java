package io.agritrace.ui.internal.properties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Read-only properties from labelled texts, in order, in one category: what
 * the Properties view shows of a record that only events change.
 */
final class FieldsPropertySource implements IPropertySource {

	private final String category;
	private final Map<String, String> fields = new LinkedHashMap<>();

	FieldsPropertySource(String category) {
		this.category = category;
	}

	/**
	 * Adds a field unless its value is missing; a form's label loses its
	 * colon, the hint after it and its "optional" mark here.
	 */
	FieldsPropertySource add(String label, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			fields.put(label.replaceFirst("\\s*[(\uFF08](optional|\u53ef\u9009)[)\uFF09]", "") //$NON-NLS-1$ //$NON-NLS-2$
					.replaceFirst("[:\uFF1A].*$", ""), value.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return fields.keySet().stream().map(label -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(label, label);
			descriptor.setCategory(category);
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return fields.get(id);
	}

	@Override
	public Object getEditableValue() {
		return null;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only: a batch or an event changes only by recording a new event.
	}
}
