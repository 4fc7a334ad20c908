package io.agritrace.tests.harness;

import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * Runs a check as on a machine whose clock is set to another zone: the JVM's
 * default zone (what {@code ZoneId.systemDefault()}, SWT's date fields and
 * JFreeChart read) set for the duration, then put back. What AgriTrace shows
 * and stores must not change with it.
 */
public final class MachineZone {

	/** A machine's clock in UTC, as servers and fresh installations keep it. */
	public static final String UTC = "UTC"; //$NON-NLS-1$
	/** A zone whose date differs from Jilin's for half of every day, with summer time. */
	public static final String NEW_YORK = "America/New_York"; //$NON-NLS-1$

	private MachineZone() {
	}

	/** The check's result, computed with the JVM's default zone set to {@code zone}. */
	public static <T> T in(String zone, Callable<T> check) throws Exception {
		TimeZone machine = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		try {
			return check.call();
		} finally {
			TimeZone.setDefault(machine);
		}
	}
}
