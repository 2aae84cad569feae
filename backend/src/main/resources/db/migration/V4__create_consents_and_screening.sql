CREATE TABLE consent_document (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(30)   NOT NULL,
    version      INT           NOT NULL,
    language     CHAR(2)       NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    published_at DATETIME      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_consent_document (kind, version, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per acceptance of one version; revoking stamps the row, accepting again adds a new one.
CREATE TABLE consent_acceptance (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  CHAR(36)    NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    version     INT         NOT NULL,
    accepted_at DATETIME    NOT NULL,
    revoked_at  DATETIME    NULL,
    PRIMARY KEY (id),
    KEY ix_consent_acceptance_account (account_id, kind, id),
    CONSTRAINT fk_consent_acceptance_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE questionnaire_response (
    id          CHAR(36)      NOT NULL,
    account_id  CHAR(36)      NOT NULL,
    instrument  VARCHAR(20)   NOT NULL,
    answers     VARCHAR(100)  NOT NULL,
    details     VARCHAR(1000) NULL,
    total       INT           NOT NULL,
    band        VARCHAR(30)   NOT NULL,
    taken_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_questionnaire_response_account (account_id, instrument, taken_at),
    CONSTRAINT fk_questionnaire_response_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Cases a clinician must look at: thoughts of self-harm (urgent) or a contraindication to discuss.
CREATE TABLE screening_flag (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  CHAR(36)     NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    reasons     VARCHAR(300) NOT NULL,
    raised_at   DATETIME     NOT NULL,
    resolved_at DATETIME     NULL,
    PRIMARY KEY (id),
    KEY ix_screening_flag_open (resolved_at, kind, raised_at),
    CONSTRAINT fk_screening_flag_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO consent_document (kind, version, language, title, body, published_at) VALUES
('TELEHEALTH', 1, 'en', 'Consent to telehealth',
 'Your preparation and integration sessions take place by secure video with a psychotherapist licensed in the state where you are during the session.

Telehealth has limits: a connection can fail, and your therapist cannot be in the room with you. You agree to be in a private place, to tell your therapist where you are at the start of each session, and to have a way to reach emergency help.

You can stop telehealth care at any time.',
 '2026-11-01 00:00:00'),
('TELEHEALTH', 1, 'es', 'Consentimiento para telesalud',
 'Sus sesiones de preparación e integración se realizan por video seguro con un psicoterapeuta con licencia en el estado donde usted se encuentre durante la sesión.

La telesalud tiene límites: la conexión puede fallar y su terapeuta no puede estar en la misma habitación. Usted acepta estar en un lugar privado, decirle a su terapeuta dónde está al inicio de cada sesión y tener una forma de pedir ayuda de emergencia.

Puede dejar la atención por telesalud en cualquier momento.',
 '2026-11-01 00:00:00'),
('CARE_COORDINATION', 1, 'en', 'Consent to coordination of care',
 'Your care involves a prescriber, who assesses whether ketamine-assisted psychotherapy is safe for you, and a psychotherapist. You agree that they may share with each other what is needed to care for you safely: your questionnaire answers, your medical clearance and the sessions you attend.

Nothing is shared with your employer.',
 '2026-11-01 00:00:00'),
('CARE_COORDINATION', 1, 'es', 'Consentimiento para coordinar su atención',
 'Su atención incluye a un profesional que receta, quien evalúa si la psicoterapia asistida con ketamina es segura para usted, y a un psicoterapeuta. Usted acepta que ellos compartan entre sí lo necesario para atenderle con seguridad: sus respuestas a los cuestionarios, su autorización médica y las sesiones a las que asista.

Nada se comparte con su empleador.',
 '2026-11-01 00:00:00'),
('RELEASE_OF_INFORMATION', 1, 'en', 'Release of information to your providers',
 'When you are referred to a prescriber or a psychotherapist, they may see your name, date of birth, contact details and address so they can care for you. Each time someone views these details it is recorded, and you can see who did.

You can revoke this consent at any time; no new referral is made from that moment.',
 '2026-11-01 00:00:00'),
('RELEASE_OF_INFORMATION', 1, 'es', 'Autorización para compartir información con sus proveedores',
 'Cuando se le refiera a un profesional que receta o a un psicoterapeuta, ellos podrán ver su nombre, fecha de nacimiento, datos de contacto y dirección para poder atenderle. Cada vez que alguien ve estos datos queda registrado, y usted puede ver quién lo hizo.

Puede retirar esta autorización en cualquier momento; desde ese momento no se hace ninguna referencia nueva.',
 '2026-11-01 00:00:00'),
('EMPLOYER_REPORTS', 1, 'en', 'What your employer receives',
 'Your employer pays for this benefit and receives only totals about groups of 11 or more people: how many enrolled, how many are at each stage, seats and hours used, and average questionnaire scores. Any group smaller than 11 is shown as "fewer than 11".

Your employer never learns whether you enrolled, and never sees your name, answers, scores, sessions or providers.',
 '2026-11-01 00:00:00'),
('EMPLOYER_REPORTS', 1, 'es', 'Lo que recibe su empleador',
 'Su empleador paga este beneficio y solo recibe totales de grupos de 11 personas o más: cuántas se inscribieron, cuántas están en cada etapa, los lugares y horas usados y los puntajes promedio de los cuestionarios. Todo grupo de menos de 11 aparece como "menos de 11".

Su empleador nunca sabe si usted se inscribió, y nunca ve su nombre, respuestas, puntajes, sesiones ni proveedores.',
 '2026-11-01 00:00:00');
