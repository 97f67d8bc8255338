## لمّ الشمل العائلي: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = تصريح إقامتك (permesso di soggiorno)
flow-family-reunification-permit_type = ما نوع تصريح الإقامة الذي لديك؟
flow-family-reunification-permit_type-work = عمل بأجر
flow-family-reunification-permit_type-self-employment = عمل حر
flow-family-reunification-permit_type-family = أسباب عائلية
flow-family-reunification-permit_type-long-term = مقيم لفترة طويلة في الاتحاد الأوروبي
flow-family-reunification-permit_type-study = دراسة
flow-family-reunification-permit_type-asylum = لجوء أو حماية فرعية
flow-family-reunification-permit_type-other = غير ذلك
flow-family-reunification-permit_one_year = هل مدة تصريحك سنة واحدة على الأقل؟
flow-family-reunification-permit_one_year-hint = انظر إلى تاريخ الإصدار وتاريخ الانتهاء على التصريح.
flow-family-reunification-permit-too-short = لطلب لمّ الشمل يلزم تصريح إقامة لمدة سنة على الأقل. يُرجى سؤال الموظف عن الحلول الأخرى.

flow-family-reunification-family-add-another = هل تريد إضافة فرد آخر من العائلة؟
flow-family-reunification-page-member = فرد العائلة الذي تريد إحضاره إلى إيطاليا
flow-family-reunification-relationship = ما صلته بك؟
flow-family-reunification-relationship-spouse = الزوج أو الزوجة
flow-family-reunification-relationship-minor-child = ابن أو ابنة قاصر
flow-family-reunification-relationship-adult-child-disabled = ابن أو ابنة بالغ مع عجز كلي
flow-family-reunification-relationship-parent = أحد الوالدين تحت إعالتك
flow-family-reunification-member_surname = اسم العائلة
flow-family-reunification-member_given_name = الاسم
flow-family-reunification-member_birth_date = تاريخ الميلاد
flow-family-reunification-member_country = البلد الذي يعيش فيه الآن
flow-family-reunification-member_country-hint = تُطلب التأشيرة من القنصلية الإيطالية في ذلك البلد.
flow-family-reunification-age-does-not-fit = العمر غير مناسب: يجب أن يكون عمر الزوج أو الزوجة 18 سنة على الأقل، وعمر الابن القاصر أقل من 18 سنة.

flow-family-reunification-annual_income = دخلك في السنة الماضية، باليورو
flow-family-reunification-annual_income-hint = المجموع الإجمالي في Certificazione Unica أو في الإقرار الضريبي. يمكنك إضافة دخل أفراد العائلة الذين يعيشون معك.
flow-family-reunification-income-too-low = لهذا العدد من أفراد العائلة يلزم دخل لا يقل عن { NUMBER($income_threshold, minimumFractionDigits: 2) } يورو في السنة. يُرجى سؤال الموظف: يمكن أحيانًا إضافة دخل أفراد آخرين من العائلة.

flow-family-reunification-page-housing = المسكن الذي ستعيشون فيه
flow-family-reunification-dwelling_area = ما مساحة المسكن بالمتر المربع؟
flow-family-reunification-dwelling_area-hint = مكتوبة في عقد الإيجار أو في مخطط المسكن.
flow-family-reunification-housing-too-small = لجميع الأشخاص الذين سيعيشون في المسكن يلزم { NUMBER($housing_minimum, maximumFractionDigits: 0) } مترًا مربعًا على الأقل.
flow-family-reunification-housing_certificate = هل لديك شهادة صلاحية السكن (idoneità alloggiativa) من البلدية (Comune)؟
flow-family-reunification-housing_certificate-hint = إذا لم تكن لديك بعد، فاطلبها من مكتب السكن في البلدية: الطلب يحتاج إليها.

flow-family-reunification-page-applicant = بياناتك
flow-family-reunification-surname = اسم العائلة
flow-family-reunification-given_name = الاسم
flow-family-reunification-codice_fiscale = الرمز الضريبي (codice fiscale)

flow-family-reunification-page-contacts = كيف نتواصل معك
flow-family-reunification-phone = رقم الهاتف
flow-family-reunification-email = البريد الإلكتروني (إن وُجد)

flow-family-reunification-what_next = يذهب الطلب إلى Sportello Unico per l'Immigrazione في المحافظة (Prefettura)، الذي يطلب رأي مديرية الشرطة (Questura). تصل الموافقة (nulla osta) خلال 90 يومًا. بعدها يطلب فرد العائلة التأشيرة من القنصلية الإيطالية؛ وخلال 8 أيام من وصوله إلى إيطاليا يجب أن تذهبا معًا إلى Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = حساب SPID الخاص بك، أو بطاقة CIE مع رمز PIN؛ تصريح الإقامة؛ جواز سفرك وجوازات سفر أفراد العائلة؛ عقد إيجار السكن أو عقد ملكيته، وشهادة صلاحية السكن (idoneità alloggiativa) من البلدية (Comune)؛ دخل السنة الماضية (Certificazione Unica أو الإقرار الضريبي)؛ بيانات طابع ضريبي (marca da bollo) بقيمة 16 يورو.
