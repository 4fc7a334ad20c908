package io.agritrace.charts.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the chart canvas; Simplified Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.agritrace.charts.ui.internal.messages"; //$NON-NLS-1$

	public static String DrawingCanvas_copy;
	public static String DrawingCanvas_exportFailed;
	public static String DrawingCanvas_exportPng;
	public static String DrawingCanvas_exportSvg;
	public static String DrawingCanvas_exporting;
	public static String DrawingCanvas_fit;
	public static String DrawingCanvas_fitWhole;
	public static String DrawingCanvas_fitWholeTip;
	public static String DrawingCanvas_zoomIn;
	public static String DrawingCanvas_zoomOut;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
