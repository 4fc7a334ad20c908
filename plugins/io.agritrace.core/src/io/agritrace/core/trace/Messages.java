package io.agritrace.core.trace;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.core.trace.messages"; //$NON-NLS-1$

	public static String Findings_excursion;
	public static String Findings_yield;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
