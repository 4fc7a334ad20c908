package io.agritrace.ui.internal.jobs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;

/** Reports progress by position in a file of known size, as it is read. */
final class ProgressInputStream extends FilterInputStream {

	static final int TOTAL_WORK = 1000;

	private final IProgressMonitor monitor;
	private final long size;
	private long read;
	private int reported;

	ProgressInputStream(InputStream in, IProgressMonitor monitor, long size) {
		super(in);
		this.monitor = monitor;
		this.size = Math.max(1, size);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		advance(b >= 0 ? 1 : 0);
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		advance(Math.max(0, n));
		return n;
	}

	private void advance(int bytes) {
		read += bytes;
		int units = (int) (TOTAL_WORK * read / size);
		if (units > reported) {
			monitor.worked(units - reported);
			reported = units;
		}
	}
}
