package io.agritrace.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.JilinMasterData;

/**
 * The named selections of plugin.xml that the handlers of both workbench
 * bundles are enabled by, evaluated as the workbench does.
 */
class SelectionExpressionsTest {

	private static final LocalDate HARVESTED = LocalDate.of(2025, 9, 20);
	private final ProductBatch batch = new BatchValidator(Clock.systemDefaultZone()).validate(JilinMasterData.PADDY.gtin(),
			"EXPR-1", JilinMasterData.PADDY.nameZh(), BigDecimal.TEN, "KGM", HARVESTED, "220581");
	private final ProductBatch other = new BatchValidator(Clock.systemDefaultZone()).validate(JilinMasterData.PADDY.gtin(),
			"EXPR-2", JilinMasterData.PADDY.nameZh(), BigDecimal.TEN, "KGM", HARVESTED, "220581");
	private final EpcisEvent event = StepEvents.harvest(HARVESTED.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)),
			batch.code(), BigDecimal.TEN, "KGM", JilinMasterData.MEIHE_PADDY.uri()).build();

	@Test
	void openBatchTakesOneBatchOrMoreAndNothingElse() throws Exception {
		String id = "io.agritrace.ui.batchesSelected";
		assertEquals(true, holds(id, batch));
		assertEquals(true, holds(id, batch, other));
		assertEquals(false, holds(id));
		assertEquals(false, holds(id, batch, event));
		assertEquals(false, holds(id, event));
	}

	@Test
	void verifyOnChainTakesExactlyOneBatch() throws Exception {
		String id = "io.agritrace.ui.oneBatchSelected";
		assertEquals(true, holds(id, batch));
		assertEquals(false, holds(id, batch, other));
		assertEquals(false, holds(id));
		assertEquals(false, holds(id, event));
	}

	@Test
	void correctTakesExactlyOneEvent() throws Exception {
		String id = "io.agritrace.ui.oneEventSelected";
		assertEquals(true, holds(id, event));
		assertEquals(false, holds(id, event, event.toString()));
		assertEquals(false, holds(id));
		assertEquals(false, holds(id, batch));
	}

	/** Whether the definition holds for this selection, through a {@code <reference>} as plugin.xml writes it. */
	private static boolean holds(String definitionId, Object... selected) throws Exception {
		Element reference = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument()
				.createElement("reference"); //$NON-NLS-1$
		reference.setAttribute("definitionId", definitionId); //$NON-NLS-1$
		Expression expression = ExpressionConverter.getDefault().perform(reference);
		EvaluationContext context = new EvaluationContext(null, new Object());
		context.addVariable("selection", new StructuredSelection(List.of(selected))); //$NON-NLS-1$
		return expression.evaluate(context) == EvaluationResult.TRUE;
	}
}
