package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A whole booking as the agent types it: the trip, its circumstances and the travellers.
 */
public class CheckForm {

	static final int MAX_TRAVELLERS = 50;

	@NotBlank
	private String programme = "shinshu-wari-special-v2";

	@Size(max = 60)
	private String bookingReference;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tripStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tripEnd;

	private boolean overnight = true;

	private boolean crossPrefecture;

	@NotNull
	@Min(0)
	@Max(5)
	private Integer alertLevel = 0;

	private boolean priorityMeasures;

	private boolean schoolActivity;

	private boolean vaccinationOnly;

	@Min(1)
	@Max(100)
	private Integer tableSize;

	@Valid
	@Size(min = 1, max = MAX_TRAVELLERS)
	private List<TravellerForm> travellers = new ArrayList<>(List.of(new TravellerForm()));

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getBookingReference() {
		return this.bookingReference;
	}

	public void setBookingReference(String bookingReference) {
		this.bookingReference = bookingReference;
	}

	public LocalDate getTripStart() {
		return this.tripStart;
	}

	public void setTripStart(LocalDate tripStart) {
		this.tripStart = tripStart;
	}

	public LocalDate getTripEnd() {
		return this.tripEnd;
	}

	public void setTripEnd(LocalDate tripEnd) {
		this.tripEnd = tripEnd;
	}

	public boolean isOvernight() {
		return this.overnight;
	}

	public void setOvernight(boolean overnight) {
		this.overnight = overnight;
	}

	public boolean isCrossPrefecture() {
		return this.crossPrefecture;
	}

	public void setCrossPrefecture(boolean crossPrefecture) {
		this.crossPrefecture = crossPrefecture;
	}

	public Integer getAlertLevel() {
		return this.alertLevel;
	}

	public void setAlertLevel(Integer alertLevel) {
		this.alertLevel = alertLevel;
	}

	public boolean isPriorityMeasures() {
		return this.priorityMeasures;
	}

	public void setPriorityMeasures(boolean priorityMeasures) {
		this.priorityMeasures = priorityMeasures;
	}

	public boolean isSchoolActivity() {
		return this.schoolActivity;
	}

	public void setSchoolActivity(boolean schoolActivity) {
		this.schoolActivity = schoolActivity;
	}

	public boolean isVaccinationOnly() {
		return this.vaccinationOnly;
	}

	public void setVaccinationOnly(boolean vaccinationOnly) {
		this.vaccinationOnly = vaccinationOnly;
	}

	public Integer getTableSize() {
		return this.tableSize;
	}

	public void setTableSize(Integer tableSize) {
		this.tableSize = tableSize;
	}

	public List<TravellerForm> getTravellers() {
		return this.travellers;
	}

	public void setTravellers(List<TravellerForm> travellers) {
		this.travellers = travellers;
	}

	/**
	 * Add an empty traveller in the same household as the first one.
	 */
	void addTraveller() {
		if (this.travellers.size() < MAX_TRAVELLERS) {
			TravellerForm traveller = new TravellerForm();
			if (!this.travellers.isEmpty() && this.travellers.get(0).getHousehold() != null) {
				traveller.setHousehold(this.travellers.get(0).getHousehold());
			}
			this.travellers.add(traveller);
		}
	}

	/**
	 * Remove a traveller, keeping the others' guardian references right.
	 * @param index the traveller's index (0-based)
	 */
	void removeTraveller(int index) {
		if (index < 0 || index >= this.travellers.size() || this.travellers.size() == 1) {
			return;
		}
		this.travellers.remove(index);
		int removedNumber = index + 1;
		for (TravellerForm traveller : this.travellers) {
			Integer guardian = traveller.getGuardian();
			if (guardian == null) {
				continue;
			}
			if (guardian == removedNumber) {
				traveller.setGuardian(null);
			}
			else if (guardian > removedNumber) {
				traveller.setGuardian(guardian - 1);
			}
		}
	}

}
