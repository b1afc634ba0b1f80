package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of a request against a compiled programme. Pure: the result depends on
 * the arguments only. Plain loops and arrays, because this is the hot path (see
 * docs/benchmarks.md).
 */
final class Evaluation {

	private static final long NONE = Long.MIN_VALUE;

	private final CompiledProgramme compiled;

	private final EligibilityRequest request;

	private final long referenceDay;

	private Evaluation(CompiledProgramme compiled, EligibilityRequest request) {
		this.compiled = compiled;
		this.request = request;
		this.referenceDay = request.referenceDate().toEpochDay();
	}

	static Decision run(CompiledProgramme compiled, EligibilityRequest request, ProgrammeOverride override) {
		RequestValidation.check(request, compiled.programme);
		return new Evaluation(compiled, request).decide(override);
	}

	/**
	 * What a person's own documents show, before group, school, child and status rules.
	 */
	private static final class Own {

		final ArrayList<Reason> reasons = new ArrayList<>(8);

		boolean vaccinationMet;

		boolean testMet;

		boolean positive;

		LocalDate eligibleFrom;

		LocalDate validUntil;

		boolean meetsConditions() {
			return !this.positive && (this.vaccinationMet || this.testMet);
		}

	}

	private Decision decide(ProgrammeOverride override) {
		Programme programme = this.compiled.programme;
		Context context = this.request.context();
		LocalDate referenceDate = this.request.referenceDate();
		List<Person> people = this.request.people();
		int count = people.size();

		Reason statusReason = null;
		ProgrammeStatus status = ProgrammeStatus.ACTIVE;
		boolean inForce = (override != null) ? inPeriod(referenceDate, override.periodStart(), override.periodEnd())
				: programme.inForceOn(referenceDate);
		if (!inForce) {
			status = ProgrammeStatus.NOT_IN_FORCE;
			LocalDate start = (override != null) ? override.periodStart() : programme.periodStart();
			LocalDate end = (override != null) ? override.periodEnd() : programme.periodEnd();
			statusReason = Reason.of(ReasonCode.PROGRAMME_NOT_IN_FORCE, start, end);
		}
		else if (override != null && override.suspended()) {
			status = ProgrammeStatus.SUSPENDED;
			statusReason = Reason.of(ReasonCode.PROGRAMME_SUSPENDED_BY_STAFF);
		}
		else if (programme.suspendedFromAlertLevel() != null && context.alertLevel() != null
				&& context.alertLevel() >= programme.suspendedFromAlertLevel()) {
			// Shinshu: 「感染警戒レベル3以上では、信州割SPECIAL事業そのものが停止」
			status = ProgrammeStatus.SUSPENDED;
			statusReason = Reason.of(ReasonCode.PROGRAMME_SUSPENDED, context.alertLevel(),
					programme.suspendedFromAlertLevel());
		}

		Own[] own = new Own[count];
		boolean anyPositive = false;
		for (int i = 0; i < count; i++) {
			own[i] = documents(people.get(i), context);
			anyPositive |= own[i].positive;
		}

		GroupRule group = programme.group();
		int tableSize = (context.tableSize() != null) ? context.tableSize() : count;
		boolean smallGroup = group != null && tableSize < group.checkedFromTableSize();
		boolean schoolExempt = context.schoolActivity() && programme.schoolActivitiesExempt();
		ChildRule children = programme.children();
		boolean active = status == ProgrammeStatus.ACTIVE;
		boolean vaccinationOnlyPlan = context.vaccinationOnly();

		List<PersonDecision> decisions = new ArrayList<>(count);
		int eligibleCount = 0;
		for (int i = 0; i < count; i++) {
			Person person = people.get(i);
			Own mine = own[i];
			ArrayList<Reason> reasons = mine.reasons;
			int at = 0;
			if (statusReason != null) {
				reasons.add(at++, statusReason);
			}
			Outcome outcome;
			Basis basis;
			if (smallGroup) {
				// Tochigi Q25: 「4人以下のグループにおいて、確認の必要はありません」
				reasons.add(at++,
						Reason.of(ReasonCode.TABLE_BELOW_CHECKED_SIZE, tableSize, group.checkedFromTableSize()));
				outcome = Outcome.NOT_REQUIRED;
				basis = Basis.SMALL_GROUP;
			}
			else if (schoolExempt && person.role() == Role.TRAVELLER) {
				reasons.add(at++, Reason.of(ReasonCode.SCHOOL_ACTIVITY_NOT_CHECKED));
				outcome = Outcome.NOT_REQUIRED;
				basis = Basis.SCHOOL_ACTIVITY;
			}
			else {
				if (group != null) {
					reasons.add(at++, Reason.of(ReasonCode.TABLE_CHECKED, tableSize, group.checkedFromTableSize()));
				}
				if (schoolExempt) {
					reasons.add(at++, Reason.of(ReasonCode.ESCORT_CHECKED));
				}
				outcome = null;
				basis = null;
				int age = (children != null) ? age(person.birthDate(), referenceDate) : Integer.MAX_VALUE;
				if (children != null && age < children.ageLimit()) {
					reasons.add(at++, Reason.of(ReasonCode.CHILD_UNDER_AGE_LIMIT, age, children.ageLimit()));
					if (children.testRequired(age, context)) {
						reasons.add(at++,
								Reason.of(ReasonCode.CHILD_TEST_REQUIRED, children.testFromAge(), children.ageLimit()));
					}
					else if (person.guardianId() == null) {
						reasons.add(at++, Reason.of(ReasonCode.CHILD_NO_GUARDIAN));
					}
					else {
						int g = RequestValidation.indexOf(people, person.guardianId());
						Person guardian = people.get(g);
						if (person.household() == null || !person.household().equals(guardian.household())) {
							reasons.add(at++, Reason.of(ReasonCode.GUARDIAN_NOT_CO_RESIDENT, guardian.id()));
						}
						else if (!own[g].meetsConditions()) {
							reasons.add(at++, Reason.of(ReasonCode.GUARDIAN_NOT_QUALIFIED, guardian.id()));
						}
						else {
							reasons.add(at++, Reason.of(ReasonCode.GUARDIAN_QUALIFIED, guardian.id()));
							outcome = Outcome.EXEMPT;
							basis = Basis.CHILD_WITH_GUARDIAN;
						}
					}
				}
				if (mine.positive) {
					outcome = Outcome.NOT_ELIGIBLE;
					basis = null;
				}
				else if (outcome == null) {
					if (mine.vaccinationMet) {
						outcome = Outcome.ELIGIBLE;
						basis = Basis.VACCINATION;
					}
					else if (mine.testMet) {
						outcome = Outcome.ELIGIBLE;
						basis = Basis.TEST;
					}
					else {
						outcome = Outcome.NOT_ELIGIBLE;
					}
				}
			}

			List<Guidance> guidance = List.of();
			String positiveCoResident = anyPositive ? positiveCoResident(people, own, i) : null;
			if (mine.positive || positiveCoResident != null || (outcome == Outcome.NOT_ELIGIBLE && active)) {
				guidance = new ArrayList<>(2);
				if (mine.positive) {
					guidance.add(Guidance.SEE_MEDICAL_INSTITUTION);
				}
				if (positiveCoResident != null) {
					reasons.add(Reason.of(ReasonCode.CO_RESIDENT_TESTED_POSITIVE, positiveCoResident));
					guidance.add(Guidance.CONSULT_PUBLIC_HEALTH_CENTRE);
				}
				if (outcome == Outcome.NOT_ELIGIBLE && active && !mine.positive) {
					if (this.compiled.qualitativeAntigenAccepted && !vaccinationOnlyPlan) {
						guidance.add(Guidance.OFFER_ANTIGEN_TEST);
					}
					if (!programme.lateSubmissionAllowed()) {
						guidance.add(Guidance.NO_LATE_SUBMISSION);
					}
				}
				guidance = List.copyOf(guidance);
			}
			if (!active) {
				outcome = Outcome.NOT_ELIGIBLE;
				basis = null;
			}
			if (outcome.benefits()) {
				eligibleCount++;
			}
			decisions.add(new PersonDecision(person.id(), outcome, basis, mine.eligibleFrom, mine.validUntil,
					List.copyOf(reasons), guidance));
		}
		return new Decision(programme.id(), programme.version(), referenceDate, status, List.copyOf(decisions),
				eligibleCount);
	}

	private Own documents(Person person, Context context) {
		Own own = new Own();
		CompiledProgramme c = this.compiled;
		List<Vaccination> doses = person.vaccinations();
		List<TestResult> tests = person.tests();
		if (c.vaccinationAccepted && !doses.isEmpty()) {
			vaccination(doses, own);
		}
		if (!tests.isEmpty()) {
			if (!c.testsAccepted) {
				own.reasons.add(Reason.of(ReasonCode.TESTS_NOT_ACCEPTED));
			}
			else if (context.vaccinationOnly()) {
				own.reasons.add(Reason.of(ReasonCode.VACCINATION_ONLY_PLAN));
			}
			else {
				tests(tests, own);
			}
		}
		if (!own.vaccinationMet && !own.testMet) {
			if (c.vaccinationAccepted && doses.isEmpty()) {
				own.reasons.add(Reason.of(ReasonCode.VACCINATION_NOT_PRESENTED));
			}
			if (c.testsAccepted && tests.isEmpty() && !context.vaccinationOnly()) {
				own.reasons.add(Reason.of(ReasonCode.TEST_NOT_PRESENTED));
			}
		}
		return own;
	}

	private void vaccination(List<Vaccination> doses, Own own) {
		CompiledProgramme c = this.compiled;
		long reference = this.referenceDay;
		long first = Long.MAX_VALUE;
		Vaccination required = null;
		int count = doses.size();
		for (int j = 0; j < count; j++) {
			Vaccination dose = doses.get(j);
			long day = dose.date().toEpochDay();
			if (day > reference) {
				own.reasons.add(Reason.of(ReasonCode.DOSE_AFTER_REFERENCE_DATE, dose.dose(), dose.date()));
			}
			if (dose.dose() == c.requiredDose) {
				required = dose;
			}
			else if (dose.dose() > c.requiredDose && c.laterDoseWaivesWait) {
				// Tochigi Q31: 「3回目接種からの経過期間を確認する必要はありません」
				if (day <= reference) {
					own.reasons.add(Reason.of(ReasonCode.LATER_DOSE_WAIVES_WAIT, dose.dose(), dose.date()));
				}
				first = Math.min(first, day);
			}
		}
		if (required != null) {
			long from = c.counting.firstEligibleEpochDay(required.date().toEpochDay(), c.waitDays);
			LocalDate fromDate = LocalDate.ofEpochDay(from);
			own.reasons.add(Reason.of((reference >= from) ? c.waitMet : c.waitNotMet, c.requiredDose, required.date(),
					c.waitDays, fromDate));
			if (from <= first) {
				first = from;
				own.eligibleFrom = fromDate;
			}
		}
		else if (first == Long.MAX_VALUE) {
			own.reasons.add(Reason.of(ReasonCode.REQUIRED_DOSE_NOT_PRESENTED, c.requiredDose));
		}
		if (first != Long.MAX_VALUE) {
			if (own.eligibleFrom == null || own.eligibleFrom.toEpochDay() != first) {
				own.eligibleFrom = LocalDate.ofEpochDay(first);
			}
			own.vaccinationMet = reference >= first;
		}
	}

	private void tests(List<TestResult> tests, Own own) {
		CompiledProgramme c = this.compiled;
		long reference = this.referenceDay;
		long bestPassing = NONE;
		long bestOther = NONE;
		int count = tests.size();
		for (int j = 0; j < count; j++) {
			TestResult test = tests.get(j);
			Integer number = j + 1;
			boolean accepted = true;
			TestMethod method = test.method();
			if (method == null && test.kitName() != null && !test.kitName().isBlank()) {
				// Fukuoka: a business-supervised qualitative antigen test states the kit
				// name instead of the method
				method = TestMethod.ANTIGEN_QUALITATIVE;
				own.reasons.add(Reason.of(ReasonCode.TEST_METHOD_FROM_KIT_NAME, number, test.kitName()));
			}
			CertificateItem[] items = c.requiredItems;
			boolean complete = true;
			for (CertificateItem item : items) {
				if (!item.statedOn(test)) {
					// Fukuoka: 「１つでもかけていると対象になりません」
					own.reasons.add(Reason.of(ReasonCode.TEST_CERTIFICATE_ITEM_MISSING, number, item));
					complete = false;
				}
			}
			if (complete && items.length > 0) {
				own.reasons.add(Reason.of(ReasonCode.TEST_CERTIFICATE_COMPLETE, number));
			}
			accepted &= complete;
			int window = -1;
			if (method == null) {
				accepted = false;
			}
			else {
				window = c.windowDays[method.ordinal()];
				if (window < 0) {
					own.reasons.add(Reason.of(ReasonCode.TEST_METHOD_NOT_ACCEPTED, number, method));
					accepted = false;
				}
				else {
					own.reasons.add(Reason.of(ReasonCode.TEST_METHOD_ACCEPTED, number, method));
				}
			}
			if (c.presentationsRestricted) {
				// Fukuoka: 「検査結果通知書は、原本のほかにメール結果通知の提示も可能（原本を撮影した画像や写しは不可）」
				Presentation presentation = test.presentedAs();
				if (c.presentationAccepted[presentation.ordinal()]) {
					own.reasons.add(Reason.of(ReasonCode.TEST_PRESENTATION_ACCEPTED, number, presentation));
				}
				else {
					own.reasons.add(Reason.of(ReasonCode.TEST_PRESENTATION_NOT_ACCEPTED, number, presentation));
					accepted = false;
				}
			}
			TestOutcome result = test.result();
			if (result == TestOutcome.NEGATIVE) {
				own.reasons.add(Reason.of(ReasonCode.TEST_RESULT_NEGATIVE, number));
			}
			else if (result == TestOutcome.POSITIVE) {
				own.reasons.add(Reason.of(ReasonCode.TEST_RESULT_POSITIVE, number));
				accepted = false;
			}
			else if (result == TestOutcome.INDETERMINATE) {
				own.reasons.add(Reason.of(ReasonCode.TEST_RESULT_INDETERMINATE, number));
				accepted = false;
			}
			else {
				accepted = false;
			}
			LocalDate specimen = test.specimenDate();
			if (specimen == null || method == null) {
				continue;
			}
			long taken = specimen.toEpochDay();
			if (window < 0) {
				// a refused method (a self-test) is not judged, but a current positive
				// still needs the medical guidance
				if (result == TestOutcome.POSITIVE && taken <= reference && reference <= taken + c.shortestWindow) {
					own.positive = true;
				}
				continue;
			}
			long until = taken + window;
			if (test.expiryDate() != null && test.expiryDate().toEpochDay() < until) {
				until = test.expiryDate().toEpochDay();
			}
			boolean valid;
			if (reference < taken) {
				own.reasons.add(Reason.of(ReasonCode.TEST_TAKEN_AFTER_REFERENCE_DATE, number, specimen));
				valid = false;
			}
			else if (reference > until) {
				own.reasons.add(Reason.of(ReasonCode.TEST_EXPIRED, number, specimen, LocalDate.ofEpochDay(until)));
				valid = false;
			}
			else {
				own.reasons.add(Reason.of(ReasonCode.TEST_VALID_ON_REFERENCE_DATE, number, specimen,
						LocalDate.ofEpochDay(until)));
				valid = true;
			}
			if (result == TestOutcome.POSITIVE && valid) {
				own.positive = true;
			}
			if (result == TestOutcome.NEGATIVE) {
				if (accepted && valid) {
					bestPassing = Math.max(bestPassing, until);
				}
				else {
					bestOther = Math.max(bestOther, until);
				}
			}
		}
		if (bestPassing != NONE) {
			own.testMet = true;
			own.validUntil = LocalDate.ofEpochDay(bestPassing);
		}
		else if (bestOther != NONE) {
			own.validUntil = LocalDate.ofEpochDay(bestOther);
		}
	}

	private static String positiveCoResident(List<Person> people, Own[] own, int i) {
		String household = people.get(i).household();
		if (household == null) {
			return null;
		}
		// the smallest id, so the decision does not depend on the order of people
		String found = null;
		int count = people.size();
		for (int k = 0; k < count; k++) {
			if (k != i && own[k].positive && household.equals(people.get(k).household())) {
				String id = people.get(k).id();
				if (found == null || id.compareTo(found) < 0) {
					found = id;
				}
			}
		}
		return found;
	}

	private static boolean inPeriod(LocalDate day, LocalDate start, LocalDate end) {
		return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
	}

	/**
	 * Completed years on a day. The age changes on the birthday; someone born on 29
	 * February changes age on 1 March in common years.
	 */
	static int age(LocalDate birthDate, LocalDate day) {
		int years = day.getYear() - birthDate.getYear();
		int birthday = birthDate.getMonthValue() * 32 + birthDate.getDayOfMonth();
		int today = day.getMonthValue() * 32 + day.getDayOfMonth();
		return (today < birthday) ? years - 1 : years;
	}

}
