package jp.sapporo.vaccinepass.rules;

import java.util.Map;

/**
 * A programme's data turned into arrays once, at load, so that evaluation needs no map
 * look-ups, streams or boxing.
 */
final class CompiledProgramme {

	private static final TestMethod[] METHODS = TestMethod.values();

	final Programme programme;

	/**
	 * Validity in days per {@link TestMethod#ordinal()}, -1 when the method is refused.
	 */
	final int[] windowDays = new int[METHODS.length];

	/**
	 * The shortest window: how long a positive result of a refused method is taken as
	 * current.
	 */
	final int shortestWindow;

	final boolean[] presentationAccepted = new boolean[Presentation.values().length];

	final boolean presentationsRestricted;

	final CertificateItem[] requiredItems;

	final boolean testsAccepted;

	final boolean qualitativeAntigenAccepted;

	final boolean vaccinationAccepted;

	final int requiredDose;

	final int waitDays;

	final DayCounting counting;

	final boolean laterDoseWaivesWait;

	final ReasonCode waitMet;

	final ReasonCode waitNotMet;

	CompiledProgramme(Programme programme) {
		this.programme = programme;
		TestRule tests = programme.tests();
		int shortest = Integer.MAX_VALUE;
		for (TestMethod method : METHODS) {
			Integer days = tests.accepted() ? tests.validityDays().get(method) : null;
			this.windowDays[method.ordinal()] = (days != null) ? days : -1;
			if (days != null) {
				shortest = Math.min(shortest, days);
			}
		}
		this.shortestWindow = (shortest == Integer.MAX_VALUE) ? 0 : shortest;
		this.presentationsRestricted = !tests.presentations().isEmpty()
				&& tests.presentations().size() < Presentation.values().length;
		for (Presentation presentation : Presentation.values()) {
			this.presentationAccepted[presentation.ordinal()] = !this.presentationsRestricted
					|| tests.presentations().contains(presentation);
		}
		this.requiredItems = tests.requiredItems().toArray(new CertificateItem[0]);
		this.testsAccepted = tests.accepted();
		this.qualitativeAntigenAccepted = this.windowDays[TestMethod.ANTIGEN_QUALITATIVE.ordinal()] >= 0;
		VaccinationRule vaccination = programme.vaccination();
		this.vaccinationAccepted = vaccination.accepted();
		this.requiredDose = vaccination.requiredDoses();
		this.waitDays = vaccination.waitDays();
		this.counting = vaccination.counting();
		this.laterDoseWaivesWait = vaccination.laterDoseWaivesWait();
		Map<Integer, ReasonCode[]> codes = Map.of(2,
				new ReasonCode[] { ReasonCode.SECOND_DOSE_WAIT_MET, ReasonCode.SECOND_DOSE_WAIT_NOT_MET }, 3,
				new ReasonCode[] { ReasonCode.THIRD_DOSE_WAIT_MET, ReasonCode.THIRD_DOSE_WAIT_NOT_MET });
		ReasonCode[] pair = codes.getOrDefault(this.requiredDose,
				new ReasonCode[] { ReasonCode.DOSE_WAIT_MET, ReasonCode.DOSE_WAIT_NOT_MET });
		this.waitMet = pair[0];
		this.waitNotMet = pair[1];
	}

}
