## اختبار اللغة الإيطالية A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = ماذا تريد أن تفعل؟
flow-italian-test-a2-purpose-enrol = التسجيل في الاختبار
flow-italian-test-a2-purpose-result = معرفة نتيجة الاختبار

flow-italian-test-a2-page-result = نتيجة الاختبار
flow-italian-test-a2-application_number = رقم الطلب
flow-italian-test-a2-application_number-hint = تجده في إيصال التسجيل في الاختبار، أو في البريد الإلكتروني من الـ Prefettura (المحافظة).
flow-italian-test-a2-result_birth_date = تاريخ ميلادك

flow-italian-test-a2-exemption = هل ينطبق عليك أحد هذه الأشياء؟
flow-italian-test-a2-exemption-hint = من كان في إحدى هذه الحالات لا يجب عليه أن يقدّم الاختبار.
flow-italian-test-a2-exemption-none = لا، ولا واحد
flow-italian-test-a2-exemption-under-14 = عمري أقل من 14 سنة
flow-italian-test-a2-exemption-italian-school = عندي شهادة من مدرسة إيطالية
flow-italian-test-a2-exemption-cpia-certificate = عندي شهادة لغة إيطالية A2 أو أعلى من CPIA (مركز تعليم الكبار) أو من جهة معترف بها
flow-italian-test-a2-exemption-university = أدرس أو درست في جامعة إيطالية
flow-italian-test-a2-exemption-disability = عندي مرض أو إعاقة تمنعني من تعلّم اللغة، ومعي شهادة طبية

flow-italian-test-a2-exempt = لا يجب عليك أن تقدّم الاختبار. عندما تطلب تصريح الإقامة طويل الأمد، أحضر الوثيقة التي تثبت ذلك (الشهادة الدراسية أو شهادة اللغة أو الشهادة الطبية). الموظف يمكنه مساعدتك.

flow-italian-test-a2-recent_fail = في آخر 90 يومًا، هل رسبت في الاختبار أو لم تحضر بدون سبب؟
flow-italian-test-a2-recent_fail-hint = بعد الرسوب في الاختبار أو الغياب بدون سبب يجب الانتظار 90 يومًا قبل التسجيل من جديد.
flow-italian-test-a2-wait-90-days = يمكنك التسجيل من جديد بعد 90 يومًا من الاختبار. ارجع لاحقًا، أو اسأل الموظف عن التاريخ الدقيق.

flow-italian-test-a2-page-applicant = بياناتك
flow-italian-test-a2-surname = اسم العائلة
flow-italian-test-a2-given_name = الاسم
flow-italian-test-a2-birth_date = تاريخ الميلاد

flow-italian-test-a2-page-origin = الميلاد والجنسية
flow-italian-test-a2-birth_country = بلد الميلاد
flow-italian-test-a2-citizenship = الجنسية
flow-italian-test-a2-codice_fiscale = الرقم الضريبي (codice fiscale)

flow-italian-test-a2-page-permit = تصريح إقامتك
flow-italian-test-a2-permit_type = ما نوع تصريحك؟
flow-italian-test-a2-permit_type-work = عمل بعقد (lavoro subordinato)
flow-italian-test-a2-permit_type-self-employment = عمل حر (lavoro autonomo)
flow-italian-test-a2-permit_type-family = أسباب عائلية
flow-italian-test-a2-permit_type-study = دراسة
flow-italian-test-a2-permit_type-other = غير ذلك
flow-italian-test-a2-permit_number = رقم التصريح
flow-italian-test-a2-permit_number-hint = تجده في أعلى اليمين على بطاقة التصريح.
flow-italian-test-a2-permit_expiry = تاريخ انتهاء التصريح
flow-italian-test-a2-permit_expiry-hint = إذا انتهى التصريح منذ وقت قصير وطلبت التجديد، اكتب التاريخ الموجود على البطاقة القديمة.

flow-italian-test-a2-page-passport = جواز سفرك
flow-italian-test-a2-passport_number = رقم جواز السفر
flow-italian-test-a2-passport_expiry = تاريخ انتهاء جواز السفر

flow-italian-test-a2-page-address = أين تسكن
flow-italian-test-a2-comune = البلدية (Comune)
flow-italian-test-a2-street = الشارع ورقم البيت
flow-italian-test-a2-cap = الرمز البريدي (CAP)

flow-italian-test-a2-page-contacts = كيف يتصلون بك للاختبار
flow-italian-test-a2-email = البريد الإلكتروني
flow-italian-test-a2-email-hint = الـ Prefettura ترسل الاستدعاء بالبريد الإلكتروني: اكتب عنوانًا تقرؤه كل يوم.
flow-italian-test-a2-phone = الهاتف

flow-italian-test-a2-what_next = خلال 60 يومًا ترسل لك الـ Prefettura بالبريد الإلكتروني الاستدعاء: اليوم والساعة والـ CPIA حيث تقدّم الاختبار. أحضر جواز السفر وتصريح الإقامة. النتيجة تصل أيضًا إلى الـ Questura (مديرية الشرطة).
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = حساب SPID الخاص بك، أو بطاقة CIE مع رمز PIN؛ تصريح الإقامة؛ جواز السفر؛ عنوان بريد إلكتروني تقرؤه: الاستدعاء يصل إليه.
