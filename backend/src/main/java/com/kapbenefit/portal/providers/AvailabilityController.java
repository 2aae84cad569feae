package com.kapbenefit.portal.providers;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.time.LocalDate;

/** A provider's own availability; the account comes from the token, so no one edits another's week. */
@Controller("/api/availability/me")
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class AvailabilityController {

    private final AvailabilityCalendar calendar;
    private final ProviderNetwork network;

    AvailabilityController(AvailabilityCalendar calendar, ProviderNetwork network) {
        this.calendar = calendar;
        this.network = network;
    }

    @Get
    ProviderViews.AvailabilityView mine(Authentication authentication) {
        return view(network.own(authentication.getName()));
    }

    @Put("/weekly")
    ProviderViews.AvailabilityView replaceWeekly(@Body @Valid ProviderRequests.WeeklyRequest request, Authentication authentication) {
        ProviderProfile profile = network.own(authentication.getName());
        calendar.replaceWeekly(profile.id(), request.windows());
        return view(profile);
    }

    @Post("/days-off")
    ProviderViews.AvailabilityView addDayOff(@Body @Valid ProviderRequests.DayOffRequest request, Authentication authentication) {
        ProviderProfile profile = network.own(authentication.getName());
        calendar.addDayOff(profile.id(), request.date(), request.note());
        return view(profile);
    }

    @Delete("/days-off/{date}")
    ProviderViews.AvailabilityView removeDayOff(LocalDate date, Authentication authentication) {
        ProviderProfile profile = network.own(authentication.getName());
        calendar.removeDayOff(profile.id(), date);
        return view(profile);
    }

    private ProviderViews.AvailabilityView view(ProviderProfile profile) {
        return new ProviderViews.AvailabilityView(profile.timeZone(),
                calendar.weekly(profile.id()).stream()
                        .map(window -> new ProviderViews.WindowView(window.dayOfWeek(), window.startsAt(), window.endsAt())).toList(),
                calendar.daysOff(profile.id()).stream().map(day -> new ProviderViews.DayOffView(day.offOn(), day.note())).toList());
    }
}
