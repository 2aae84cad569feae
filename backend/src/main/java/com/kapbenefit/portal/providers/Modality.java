package com.kapbenefit.portal.providers;

/** How a provider sees members: by telehealth, or in person at one of the California offices. */
public enum Modality {
    TELEHEALTH,
    PALM_SPRINGS,
    COACHELLA_VALLEY,
    JOSHUA_TREE
}
