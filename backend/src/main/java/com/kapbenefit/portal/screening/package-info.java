/**
 * Screening questionnaires (PHQ-9, GAD-7, PCL-5, contraindications): item answers, scoring in
 * {@link com.kapbenefit.portal.screening.Scoring}, and the flags that send a case to a clinician.
 */
package com.kapbenefit.portal.screening;
