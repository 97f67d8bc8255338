## Inscriptions dans les écoles publiques : assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Les inscriptions en ligne sont fermées : elles ont lieu chaque année entre janvier et février. Vous pouvez quand même préparer la demande ici : nous l'imprimons et vous l'apportez au secrétariat de l'école, qui accepte les inscriptions en retard.

flow-state-school-enrolment-school_level = Dans quelle école voulez-vous inscrire votre fils ou votre fille ?
flow-state-school-enrolment-school_level-hint = Seulement la première année. Pour l'école maternelle (scuola dell'infanzia), l'école a un formulaire papier.
flow-state-school-enrolment-school_level-primary = École primaire (scuola primaria), première année
flow-state-school-enrolment-school_level-lower-secondary = Collège (scuola media), première année
flow-state-school-enrolment-school_level-upper-secondary = Lycée (scuola superiore), première année
flow-state-school-enrolment-school_level-vocational = Formation professionnelle de la Région (CFP)

flow-state-school-enrolment-page-pupil = L'enfant à inscrire
flow-state-school-enrolment-pupil_surname = Nom de famille
flow-state-school-enrolment-pupil_given_name = Prénom
flow-state-school-enrolment-pupil_sex = Sexe
flow-state-school-enrolment-pupil_sex-female = Fille
flow-state-school-enrolment-pupil_sex-male = Garçon
flow-state-school-enrolment-pupil_birth_date = Date de naissance
flow-state-school-enrolment-too-old-for-primary = Pour la première année de l'école primaire, l'enfant doit avoir 5 ou 6 ans. Pour un enfant plus âgé, parlez avec l'école.

flow-state-school-enrolment-page-pupil-origin = Naissance et documents de l'enfant
flow-state-school-enrolment-pupil_birth_country = Pays de naissance
flow-state-school-enrolment-pupil_citizenship = Nationalité
flow-state-school-enrolment-pupil_has_cf = L'enfant a-t-il un codice fiscale (code fiscal) ?
flow-state-school-enrolment-pupil_has_cf-hint = Même sans codice fiscale et sans documents, l'enfant a le droit d'aller à l'école : l'école vous aide.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale de l'enfant

flow-state-school-enrolment-page-parent = Le parent qui fait la demande
flow-state-school-enrolment-parent_relationship = Qui êtes-vous pour l'enfant ?
flow-state-school-enrolment-parent_relationship-mother = Mère
flow-state-school-enrolment-parent_relationship-father = Père
flow-state-school-enrolment-parent_relationship-guardian = Tuteur
flow-state-school-enrolment-parent_surname = Nom de famille
flow-state-school-enrolment-parent_given_name = Prénom
flow-state-school-enrolment-parent_codice_fiscale = Votre codice fiscale
flow-state-school-enrolment-parent_codice_fiscale-hint = Si vous n'avez pas de codice fiscale, laissez vide : l'école vous aide à compléter la demande.

flow-state-school-enrolment-page-address = Où habite l'enfant
flow-state-school-enrolment-comune = Commune (comune)
flow-state-school-enrolment-street = Rue et numéro
flow-state-school-enrolment-cap = Code postal (CAP)

flow-state-school-enrolment-page-contacts = Comment l'école vous écrit
flow-state-school-enrolment-email = E-mail
flow-state-school-enrolment-email-hint = Les nouvelles sur la demande arrivent par e-mail et sur l'app IO.
flow-state-school-enrolment-phone = Téléphone

flow-state-school-enrolment-page-schools = Les écoles que vous choisissez
flow-state-school-enrolment-first_choice = Code de l'école que vous préférez
flow-state-school-enrolment-first_choice-hint = Le code a 10 caractères et, pour Arezzo, commence par AR, par exemple ARIC82100X. Vous le trouvez sur « Scuola in Chiaro » ou vous le demandez à l'opérateur.
flow-state-school-enrolment-second_choice = Deuxième choix (si vous voulez)
flow-state-school-enrolment-third_choice = Troisième choix (si vous voulez)
flow-state-school-enrolment-same-school-twice = Vous avez déjà choisi cette école : écrivez une autre école ou laissez vide.

flow-state-school-enrolment-religion_teaching = Voulez-vous que votre enfant suive le cours de religion catholique ?
flow-state-school-enrolment-religion_teaching-hint = Si vous répondez non, entre fin mai et début juillet vous choisissez avec l'école une autre activité.
flow-state-school-enrolment-religion_teaching-yes = Oui
flow-state-school-enrolment-religion_teaching-no = Non, une autre activité

flow-state-school-enrolment-what_next = L'école examine la demande et vous écrit par e-mail si l'enfant est accepté dans l'école que vous avez choisie ou dans une autre. Gardez le reçu : il contient le numéro de la demande.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = Votre SPID, ou votre CIE avec son code PIN ; votre codice fiscale et celui de l'enfant ; le code de l'école choisie (codice meccanografico, sur le site de l'école ou sur Scuola in Chiaro).
