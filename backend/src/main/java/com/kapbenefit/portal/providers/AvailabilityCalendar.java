package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weekly hours are kept as the provider states them, in their own time zone; they become UTC
 * instants only day by day, so a 9 o'clock start stays 9 o'clock on either side of a DST change.
 */
@Singleton
public class AvailabilityCalendar {

    private final WeeklyWindowRepository windows;
    private final DayOffRepository daysOff;
    private final ProviderProfileRepository profiles;

    AvailabilityCalendar(WeeklyWindowRepository windows, DayOffRepository daysOff, ProviderProfileRepository profiles) {
        this.windows = windows;
        this.daysOff = daysOff;
        this.profiles = profiles;
    }

    /** The provider's open periods on the days from {@code from} to {@code to} (their local dates, in their {@code zone}), earliest first. */
    public List<OpenPeriod> openPeriods(String providerId, ZoneId zone, LocalDate from, LocalDate to) {
        List<WeeklyWindow> weekly = windows.findByProviderId(providerId);
        Set<LocalDate> off = daysOff.findByProviderIdAndOffOnBetween(providerId, from, to).stream().map(DayOff::offOn).collect(Collectors.toSet());
        List<OpenPeriod> periods = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (off.contains(day)) {
                continue;
            }
            for (WeeklyWindow window : weekly) {
                if (window.dayOfWeek() == day.getDayOfWeek()) {
                    periods.add(new OpenPeriod(ZonedDateTime.of(day, window.startsAt(), zone).toInstant(),
                            ZonedDateTime.of(day, window.endsAt(), zone).toInstant()));
                }
            }
        }
        periods.sort(Comparator.comparing(OpenPeriod::start));
        return periods;
    }

    public String timeZoneOf(String providerId) {
        return profile(providerId).timeZone();
    }

    List<WeeklyWindow> weekly(String providerId) {
        return windows.findByProviderId(providerId).stream()
                .sorted(Comparator.comparing(WeeklyWindow::dayOfWeek).thenComparing(WeeklyWindow::startsAt)).toList();
    }

    List<DayOff> daysOff(String providerId) {
        return daysOff.findByProviderIdOrderByOffOn(providerId);
    }

    /** Replaces the whole week at once, so no half-saved week is ever bookable. */
    @Transactional
    void replaceWeekly(String providerId, List<ProviderRequests.WindowRequest> requested) {
        List<ProviderRequests.WindowRequest> sorted = requested.stream()
                .sorted(Comparator.comparing(ProviderRequests.WindowRequest::dayOfWeek).thenComparing(ProviderRequests.WindowRequest::startsAt))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            ProviderRequests.WindowRequest window = sorted.get(i);
            if (!window.endsAt().isAfter(window.startsAt())) {
                throw ProblemException.invalidField("windows", "Each window must end after it starts.");
            }
            if (i > 0 && sorted.get(i - 1).dayOfWeek() == window.dayOfWeek() && sorted.get(i - 1).endsAt().isAfter(window.startsAt())) {
                throw ProblemException.invalidField("windows", "Two windows on " + window.dayOfWeek().name().charAt(0)
                        + window.dayOfWeek().name().substring(1).toLowerCase() + " overlap.");
            }
        }
        windows.deleteByProviderId(providerId);
        sorted.forEach(window -> windows.save(new WeeklyWindow(null, providerId, window.dayOfWeek(), window.startsAt(), window.endsAt())));
    }

    /** A plain working week, Monday to Friday, the same hours each day. */
    public void openWeekdays(String providerId, LocalTime from, LocalTime to) {
        replaceWeekly(providerId, java.util.stream.Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).map(day -> new ProviderRequests.WindowRequest(day, from, to)).toList());
    }

    void addDayOff(String providerId, LocalDate day, @Nullable String note) {
        if (!daysOff.existsByProviderIdAndOffOn(providerId, day)) {
            daysOff.save(new DayOff(null, providerId, day, note == null || note.isBlank() ? null : note.strip()));
        }
    }

    void removeDayOff(String providerId, LocalDate day) {
        daysOff.deleteByProviderIdAndOffOn(providerId, day);
    }

    private ProviderProfile profile(String providerId) {
        return profiles.findById(providerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such provider."));
    }
}
