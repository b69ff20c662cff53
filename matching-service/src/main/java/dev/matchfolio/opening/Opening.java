package dev.matchfolio.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.events.WorkMode;
import dev.matchfolio.ranking.SkillKeys;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job, gig or internship that candidates are ranked for. {@code requiredSkillKeys} (normalised names) lets a
 * candidate's open matches be found by an indexed query; {@code createdAt} gives lists their newest-first order.
 */
@Document("openings")
@CompoundIndexes({ @CompoundIndex(name = "listing", def = "{'createdAt': -1, '_id': -1}"),
		@CompoundIndex(name = "open_by_skill", def = "{'status': 1, 'requiredSkillKeys': 1}") })
public class Opening {

	@Id
	private String id;

	private String ownerId;

	private OpeningKind kind;

	private String title;

	private String organization;

	private String description;

	private List<SkillRequirement> requiredSkills = new ArrayList<>();

	private List<SkillRequirement> niceToHaveSkills = new ArrayList<>();

	private List<String> requiredSkillKeys = new ArrayList<>();

	private Integer minYearsOfExperience;

	private Integer maxYearsOfExperience;

	private WorkMode workMode;

	private Location location;

	private Money hourlyRateMax;

	private Money annualSalaryMax;

	private LocalDate startDate;

	private Integer hoursPerWeek;

	private Integer durationWeeks;

	private OpeningStatus status;

	/** Primitive on purpose: Spring Data then stores the first version as 1, which is what clients see. */
	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	Opening() {
	}

	Opening(String id, String ownerId, Instant createdAt) {
		this.id = id;
		this.ownerId = ownerId;
		this.createdAt = createdAt;
	}

	/** Replaces every client-editable field with the request's values. */
	void apply(OpeningRequest request, Instant now) {
		this.kind = request.kind();
		this.title = request.title().strip();
		this.organization = request.organization();
		this.description = request.description();
		this.requiredSkills = new ArrayList<>(request.requiredSkillsWithDefaults());
		this.niceToHaveSkills = new ArrayList<>(request.niceToHaveSkillsWithDefaults());
		this.requiredSkillKeys = new ArrayList<>(
				SkillKeys.of(requiredSkills.stream().map(SkillRequirement::name).toList()));
		this.minYearsOfExperience = request.minYearsOfExperience();
		this.maxYearsOfExperience = request.maxYearsOfExperience();
		this.workMode = request.workMode();
		this.location = request.location();
		this.hourlyRateMax = request.hourlyRateMax();
		this.annualSalaryMax = request.annualSalaryMax();
		this.startDate = request.startDate();
		this.hoursPerWeek = request.hoursPerWeek();
		this.durationWeeks = request.durationWeeks();
		this.status = request.statusOrDefault();
		this.updatedAt = now;
	}

	public String getId() {
		return id;
	}

	public String getOwnerId() {
		return ownerId;
	}

	public OpeningKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getOrganization() {
		return organization;
	}

	public String getDescription() {
		return description;
	}

	public List<SkillRequirement> getRequiredSkills() {
		return List.copyOf(requiredSkills);
	}

	public List<SkillRequirement> getNiceToHaveSkills() {
		return niceToHaveSkills == null ? List.of() : List.copyOf(niceToHaveSkills);
	}

	public List<String> getRequiredSkillKeys() {
		return List.copyOf(requiredSkillKeys);
	}

	public Integer getMinYearsOfExperience() {
		return minYearsOfExperience;
	}

	public Integer getMaxYearsOfExperience() {
		return maxYearsOfExperience;
	}

	public WorkMode getWorkMode() {
		return workMode;
	}

	public Location getLocation() {
		return location;
	}

	public Money getHourlyRateMax() {
		return hourlyRateMax;
	}

	public Money getAnnualSalaryMax() {
		return annualSalaryMax;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public Integer getHoursPerWeek() {
		return hoursPerWeek;
	}

	public Integer getDurationWeeks() {
		return durationWeeks;
	}

	public OpeningStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public boolean isOwnedBy(String callerId) {
		return ownerId != null && ownerId.equals(callerId);
	}

}
