## حجز المواعيد الصحية والـ ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = أي وصفة طبية عندك؟
flow-health-booking-prescription_kind-hint = الوصفة الإلكترونية ورقة بيضاء عليها رمزا باركود في الأعلى.
flow-health-booking-prescription_kind-electronic = وصفة إلكترونية (ورقة بيضاء)
flow-health-booking-prescription_kind-paper = وصفة ورقية حمراء

flow-health-booking-paper_prescription = الوصفة الحمراء لا يمكن قراءتها هنا. احجز في شباك CUP (مكتب الحجز) في المستشفى، أو في الصيدلية، أو بالهاتف (الرقم المجاني على الوصفة).

flow-health-booking-page-codes = رموز الوصفة
flow-health-booking-nre = رقم الوصفة (NRE)
flow-health-booking-nre-hint = 15 رمزًا، فوق رمزي الباركود في أعلى الوصفة.
flow-health-booking-patient_code = الرقم الضريبي (codice fiscale) للمريض، أو رمز STP
flow-health-booking-patient_code-hint = الرقم الضريبي موجود على البطاقة الصحية (tessera sanitaria). من ليس عنده تصريح إقامة يستعمل رمز STP (يبدأ بـ STP وفيه 16 رمزًا).

flow-health-booking-priority = ما الأولوية المكتوبة على الوصفة؟
flow-health-booking-priority-hint = هي حرف في خانة "priorità" على الوصفة.
flow-health-booking-priority-u = U: مستعجل (خلال 72 ساعة)
flow-health-booking-priority-b = B: قريب (خلال 10 أيام)
flow-health-booking-priority-d = D: يمكن تأجيله (خلال 30 أو 60 يومًا)
flow-health-booking-priority-p = P: مبرمج

flow-health-booking-area = أين تفضّل أن تذهب؟
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = أول موعد فارغ، في أي مكان

flow-health-booking-slot = اختر اليوم والساعة
flow-health-booking-slot-hint = هذه هي المواعيد الفارغة لوصفتك.
flow-health-booking-slot-none = لا توجد مواعيد فارغة في هذه المنطقة. ارجع واختر منطقة أخرى، أو اسأل الموظف.

flow-health-booking-phone = رقم هاتفك
flow-health-booking-phone-hint = الـ CUP يتصل بك أو يكتب لك إذا تغيّر الموعد.

flow-health-booking-payment = نطبع لك ورقة الحجز وإشعار دفع الـ ticket (مساهمة المريض) عبر pagoPA. ادفع قبل الزيارة: في الصيدلية، أو عند بائع التبغ (tabaccaio)، أو في البريد، أو بتطبيق app IO، أو في صندوق المستشفى. إذا كان عندك إعفاء مكتوب على الوصفة، لا تدفع الـ ticket. لإلغاء الموعد اتصل بالـ CUP ومعك رمز الحجز.
