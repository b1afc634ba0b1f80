package jp.sapporo.vaccinepass.resident.scan;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.rules.Vaccination;

/**
 * Everything a scan needs, read in one query: the poster and its store, the programme's
 * local period, and the resident's name, photo, record and doses.
 */
record ScanContext(long posterId, String posterStatus, long storeId, String storeStatus, String storeNameJa,
		String storeNameEn, LocalDate periodStart, LocalDate periodEnd, boolean suspended, LocalDate birthDate,
		String fullName, boolean hasPhoto, String recordStatus, List<Vaccination> doses) {

	boolean posterEnded() {
		return !"ACTIVE".equals(this.posterStatus) || "WITHDRAWN".equals(this.storeStatus);
	}

	ScanOutcome endedOutcome() {
		return ("REPLACED".equals(this.posterStatus)) ? ScanOutcome.POSTER_REPLACED : ScanOutcome.POSTER_WITHDRAWN;
	}

}
