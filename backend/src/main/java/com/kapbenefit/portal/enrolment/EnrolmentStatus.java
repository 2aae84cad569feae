package com.kapbenefit.portal.enrolment;

enum EnrolmentStatus {
    ENROLLED,
    WITHDRAWN
}
