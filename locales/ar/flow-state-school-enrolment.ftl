## التسجيل في المدارس الحكومية: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = التسجيل عبر الإنترنت مغلق الآن: يكون كل سنة بين يناير وفبراير. مع ذلك يمكنك تحضير الطلب هنا: نطبعه لك وتأخذه إلى أمانة المدرسة (segreteria)، فهي تقبل التسجيل بعد الموعد.

flow-state-school-enrolment-school_level = في أي مدرسة تريد أن تسجّل ابنك أو ابنتك؟
flow-state-school-enrolment-school_level-hint = الصف الأول فقط. لروضة الأطفال (scuola dell'infanzia) تُستعمل استمارة ورقية من المدرسة.
flow-state-school-enrolment-school_level-primary = المدرسة الابتدائية (scuola primaria)، الصف الأول
flow-state-school-enrolment-school_level-lower-secondary = المدرسة الإعدادية (scuola secondaria di primo grado)، الصف الأول
flow-state-school-enrolment-school_level-upper-secondary = المدرسة الثانوية (scuola secondaria di secondo grado)، الصف الأول
flow-state-school-enrolment-school_level-vocational = دورة تكوين مهني من الإقليم (CFP)

flow-state-school-enrolment-page-pupil = الطفل أو الطفلة الذي تريد تسجيله
flow-state-school-enrolment-pupil_surname = اسم العائلة
flow-state-school-enrolment-pupil_given_name = الاسم
flow-state-school-enrolment-pupil_sex = الجنس
flow-state-school-enrolment-pupil_sex-female = أنثى
flow-state-school-enrolment-pupil_sex-male = ذكر
flow-state-school-enrolment-pupil_birth_date = تاريخ الميلاد
flow-state-school-enrolment-too-old-for-primary = للصف الأول الابتدائي يجب أن يكون عمر الطفل 5 أو 6 سنوات. إذا كان الطفل أكبر، تكلّم مع المدرسة.

flow-state-school-enrolment-page-pupil-origin = ميلاد الطفل ووثائقه
flow-state-school-enrolment-pupil_birth_country = بلد الميلاد
flow-state-school-enrolment-pupil_citizenship = الجنسية
flow-state-school-enrolment-pupil_has_cf = هل عند الطفل رقم ضريبي (codice fiscale)؟
flow-state-school-enrolment-pupil_has_cf-hint = حتى بدون رقم ضريبي وبدون وثائق، من حق الطفل أن يذهب إلى المدرسة: المدرسة تساعدك.
flow-state-school-enrolment-pupil_codice_fiscale = الرقم الضريبي (codice fiscale) للطفل

flow-state-school-enrolment-page-parent = الوالد الذي يقدّم الطلب
flow-state-school-enrolment-parent_relationship = ما صلتك بالطفل؟
flow-state-school-enrolment-parent_relationship-mother = الأم
flow-state-school-enrolment-parent_relationship-father = الأب
flow-state-school-enrolment-parent_relationship-guardian = الوصي
flow-state-school-enrolment-parent_surname = اسم العائلة
flow-state-school-enrolment-parent_given_name = الاسم
flow-state-school-enrolment-parent_codice_fiscale = رقمك الضريبي (codice fiscale)
flow-state-school-enrolment-parent_codice_fiscale-hint = إذا لم يكن عندك رقم ضريبي، اترك الخانة فارغة: المدرسة تساعدك في إكمال الطلب.

flow-state-school-enrolment-page-address = أين يسكن الطفل
flow-state-school-enrolment-comune = البلدية (Comune)
flow-state-school-enrolment-street = الشارع ورقم البيت
flow-state-school-enrolment-cap = الرمز البريدي (CAP)

flow-state-school-enrolment-page-contacts = كيف تكتب لك المدرسة
flow-state-school-enrolment-email = البريد الإلكتروني
flow-state-school-enrolment-email-hint = الأخبار عن الطلب تصل بالبريد الإلكتروني وعلى تطبيق app IO.
flow-state-school-enrolment-phone = الهاتف

flow-state-school-enrolment-page-schools = المدارس التي تختارها
flow-state-school-enrolment-first_choice = رمز المدرسة التي تفضّلها
flow-state-school-enrolment-first_choice-hint = الرمز فيه 10 رموز، وفي Arezzo يبدأ بـ AR، مثلًا ARIC82100X. تجده في "Scuola in Chiaro" أو تسأل الموظف.
flow-state-school-enrolment-second_choice = الاختيار الثاني (إذا أردت)
flow-state-school-enrolment-third_choice = الاختيار الثالث (إذا أردت)
flow-state-school-enrolment-same-school-twice = اخترت هذه المدرسة من قبل: اكتب مدرسة أخرى أو اترك الخانة فارغة.

flow-state-school-enrolment-religion_teaching = هل تريد أن يحضر ابنك حصة الدين الكاثوليكي؟
flow-state-school-enrolment-religion_teaching-hint = إذا أجبت لا، تختار مع المدرسة نشاطًا آخر بين نهاية مايو وبداية يوليو.
flow-state-school-enrolment-religion_teaching-yes = نعم
flow-state-school-enrolment-religion_teaching-no = لا، نشاط بديل

flow-state-school-enrolment-what_next = المدرسة تدرس الطلب وتكتب لك بالبريد الإلكتروني إذا قُبل الطفل في المدرسة التي اخترتها أو في مدرسة أخرى. احتفظ بالإيصال: فيه رقم الطلب.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = حساب SPID الخاص بك، أو بطاقة CIE مع رمز PIN؛ رقمك الضريبي (codice fiscale) والرقم الضريبي للطفل؛ رمز المدرسة التي اخترتها (codice meccanografico، تجده على موقع المدرسة أو على Scuola in Chiaro).
