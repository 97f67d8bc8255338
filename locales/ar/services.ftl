## Categories of the home screen.

category-citizen-life = الحياة اليومية
category-education = التعليم
category-culture = الثقافة
category-work-training = العمل والتدريب
category-health = الصحة

## Services: name, then one line under it.

service-certificates = شهادات السجل المدني
service-certificates-summary = يمكنك طلب شهادة سكن أو شهادة الوضع العائلي أو غيرها، وطباعتها هنا.
service-residence-change = تغيير مكان السكن
service-residence-change-summary = يمكنك التصريح بعنوانك الجديد وبالأشخاص الذين يسكنون معك.
service-permit-status = الاستعلام عن تصريح الإقامة
service-permit-status-summary = يمكنك معرفة ما إذا كان تصريح إقامتك (permesso di soggiorno) جاهزًا.
service-family-reunification = لمّ الشمل العائلي
service-family-reunification-summary = يمكنك التحقق من الدخل والسكن، ثم تجهيز الطلب لبوابة ALI.
service-citizenship-status = حالة طلب الجنسية
service-citizenship-status-summary = كيف تعرف المرحلة التي وصل إليها طلبك، على بوابة ALI.
service-italian-test-a2 = اختبار اللغة الإيطالية A2
service-italian-test-a2-summary = يمكنك تجهيز التسجيل في الاختبار، الذي يتم على بوابة الوزارة.
service-state-school-enrolment = التسجيل في المدرسة الحكومية
service-state-school-enrolment-summary = يمكنك تجهيز التسجيل في الصف الأول، الذي يتم على بوابة Unica.
service-municipal-school-services = الحضانة والوجبات المدرسية والحافلة المدرسية
service-municipal-school-services-summary = يمكنك أن تطلب من البلدية (Comune) الحضانة أو الوجبات المدرسية أو الحافلة المدرسية.
service-online-magazines = صحف ومجلات على الإنترنت
service-online-magazines-summary = يمكنك قراءة صحف ومجلات بلغات كثيرة باستخدام بطاقة المكتبة.
service-training-courses = دورات تدريبية
service-training-courses-summary = يمكنك البحث عن دورة في مقاطعة Arezzo وطباعة تفاصيلها.
service-job-offers = عروض العمل
service-job-offers-summary = يمكنك البحث عن عروض مراكز التوظيف (Centri per l'impiego) وطباعة تفاصيلها.
service-health-booking = حجز المواعيد الطبية والفحوصات
service-health-booking-summary = يمكنك الحجز بالوصفة الطبية الإلكترونية ودفع الرسوم (ticket) عبر pagoPA.
