package io.agritrace.service;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.agritrace.core.text.Times;

/**
 * The time zone of this workspace, the {@value #KEY} key of its
 * {@value CreditSettings#NODE} preferences over the default this bundle's
 * preference initializer sets ({@link Times#DEFAULT_ZONE}, Jilin's): the
 * offset events recorded or generated here carry, and the zone every front
 * end writes times in, whatever the machine's clock says. What Window >
 * Preferences > General saves; the workbench, {@code agritrace-cli} and any
 * other front end read it here.
 */
public final class WorkspaceZone {

	/** The preference key that keeps the zone's ID, e.g. {@code Asia/Shanghai}. */
	public static final String KEY = "time.zone"; //$NON-NLS-1$

	private static final Clock CLOCK = new Following();

	private WorkspaceZone() {
	}

	/** The saved zone, or the default where nothing (or no zone Java knows) is saved. */
	public static ZoneId zone() {
		String saved = InstanceScope.INSTANCE.getNode(CreditSettings.NODE).get(KEY,
				DefaultScope.INSTANCE.getNode(CreditSettings.NODE).get(KEY, Times.DEFAULT_ZONE.getId()));
		try {
			return ZoneId.of(saved);
		} catch (DateTimeException e) {
			return Times.DEFAULT_ZONE;
		}
	}

	/** The system clock in the workspace's zone, read again each time it is asked, so that it follows the preference. */
	public static Clock clock() {
		return CLOCK;
	}

	/** The system's clock whose zone is always the preference's. */
	private static final class Following extends Clock {

		@Override
		public ZoneId getZone() {
			return zone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.system(zone);
		}

		@Override
		public Instant instant() {
			return Instant.now();
		}
	}
}
