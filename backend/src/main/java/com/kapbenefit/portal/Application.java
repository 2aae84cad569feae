package com.kapbenefit.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "KAP Benefit Portal API", version = "0.1",
        description = "Employer-sponsored ketamine-assisted psychotherapy: sponsorship, confidential enrolment, "
                + "referral routing and aggregate-only reporting."))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
