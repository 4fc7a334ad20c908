package io.agritrace.ui.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.BatchListing;
import io.agritrace.service.LotVerdict;

/**
 * Each batch's mark in the navigator: pending until its events are anchored,
 * then verified or mismatched once Verify on Chain has checked them this
 * session, with the platform's warning sign when its trace has warnings. The
 * images are made here and disposed with the view.
 */
final class BatchMarks {

	/** A batch's mark, the worst news first: a mismatch found on chain stays until the lot changes. */
	enum Mark {
		MISMATCH, PENDING, VERIFIED, ANCHORED
	}

	private final Map<Mark, Image> images = new HashMap<>();
	/** Each mark with the warning overlay, made when first needed. */
	private final Map<Image, Image> warned = new HashMap<>();
	/** What verifying on chain found this session, by lot; a lot's new event makes it stale. */
	private final Map<String, LotVerdict> verdicts = new HashMap<>();

	BatchMarks() {
		images.put(Mark.ANCHORED, image("icons/anchored.png")); //$NON-NLS-1$
		images.put(Mark.PENDING, image("icons/pending.png")); //$NON-NLS-1$
		images.put(Mark.VERIFIED, image("icons/verified.png")); //$NON-NLS-1$
		images.put(Mark.MISMATCH, image("icons/mismatch.png")); //$NON-NLS-1$
	}

	private Image image(String path) {
		return ResourceLocator.imageDescriptorFromBundle(getClass(), path).orElseThrow().createImage();
	}

	/** What verifying the lot on chain found. */
	void verified(String lot, LotVerdict outcome) {
		verdicts.put(lot, outcome);
	}

	/** The lot has a new event: what was verified before no longer says anything of it. */
	void changed(String lot) {
		verdicts.remove(lot);
	}

	Mark mark(ProductBatch b, BatchListing.Facts facts) {
		LotVerdict outcome = verdicts.get(b.code());
		if (outcome == LotVerdict.MISMATCH) {
			return Mark.MISMATCH;
		}
		if (facts.awaitingAnchor()) {
			return Mark.PENDING;
		}
		return outcome == LotVerdict.ALL_VERIFIED ? Mark.VERIFIED : Mark.ANCHORED;
	}

	Image image(ProductBatch b, BatchListing.Facts facts) {
		Image mark = images.get(mark(b, facts));
		return facts.warnings() ? warned.computeIfAbsent(mark, BatchMarks::withWarning) : mark;
	}

	/** The mark in words, and the warnings, for the batch's tool tip. */
	String explained(ProductBatch b, BatchListing.Facts facts) {
		return switch (mark(b, facts)) {
		case MISMATCH -> Messages.BatchNavigator_mismatch;
		case VERIFIED -> Messages.BatchNavigator_verified;
		case PENDING -> Messages.BatchNavigator_awaitingAnchor;
		case ANCHORED -> Messages.BatchNavigator_anchored;
		} + (facts.warnings() ? "\n" + Messages.BatchNavigator_warnings : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The mark with the platform's warning sign in its lower right corner. */
	private static Image withWarning(Image mark) {
		Image warning = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_WARNING)
				.getImage();
		return new DecorationOverlayIcon(mark, ImageDescriptor.createFromImage(warning), IDecoration.BOTTOM_RIGHT)
				.createImage();
	}

	void dispose() {
		images.values().forEach(Image::dispose);
		warned.values().forEach(Image::dispose);
	}
}
