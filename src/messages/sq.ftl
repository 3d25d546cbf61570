### Teksti i ndërfaqes në shqip (Project Fluent, https://projectfluent.org/fluent/guide/).
###
### Çdo mesazh duhet të jetë edhe në en.ftl dhe sr.ftl, me të njëjtat
### ndryshore. { $name } e plotëson langaward.
###
### Numri dhe trajta. Numrat vijnë si numra, dhe mesazhi që tregon një numër
### zgjedh trajtën e fjalës sipas rregullave të shumësit të CLDR-së për shqipen
### (one / other): 1 → one („1 rresht“), çdo numër tjetër, edhe 0, 21 dhe 1,5
### → other („21 rreshta“, „1,5 orë“). Presjen dhjetore e shkruan langaward.
###
### Emrat e gjuhëve vijnë nga skedari i gjuhëve në trajtën ndajfoljore (shqip,
### serbisht, turqisht, boshnjakisht, romisht). Aty ku gjuha është kryefjalë
### duhet emri në trajtë të shquar, që formohet rregullisht me -ja: shqipja,
### serbishtja, turqishtja, boshnjakishtja, romishtja (shih note_order).
### Numrat rendorë zgjidhen me NUMBER($n, type: "ordinal") sipas CLDR-së:
### 1 → one („i parë“), 4, 24 → many („i 4-t“), të tjerët → other („i 2-të“).

report_title = Raporti për jurinë
edition = Edicioni
assessment_period = Periudha e vlerësimit
period = { $from } – { $to }
notice = Dëshmitë në këto aplikime janë MOSTËR FIKTIVE: emra të vërtetë institucionesh, të dhëna të shpikura. Ato nuk thonë asgjë për mënyrën si këto institucione e zbatojnë ligjin në të vërtetë.
how_scored = Si u vlerësuan aplikuesit
how_scored_intro = Çdo aplikues dorëzoi një libër pune me dëshmi. Çdo kriter përbëhet nga tregues; çdo tregues është pjesa e rreshtave të dëshmive të aplikuesit që e plotësojnë atë. Totali maksimal është 100 pikë.
criterion = Kriteri
indicator = Treguesi
indicators = Treguesit
weight = Pesha
bands_intro = Totalet vlerësohen në nivele:
band_above = mbi { $x }
band_from = nga { $x }
band_to = deri në { $x } përfshirë
band_below = nën { $x }
summary = Përmbledhje
category = Kategoria
applicants = Të renditur
excluded = Të përjashtuar
files_summary = { $total } { $total ->
        [one] skedar hyrës
       *[other] skedarë hyrës
    }: { $scored } { $scored ->
        [one] i vlerësuar
       *[other] të vlerësuar
    }, { $warned } { $warned ->
        [one] i vlerësuar
       *[other] të vlerësuar
    } me paralajmërime, { $rejected } { $rejected ->
        [one] i refuzuar
       *[other] të refuzuar
    }, { $skipped } { $skipped ->
        [one] i anashkaluar
       *[other] të anashkaluar
    }.
rank = Renditja
institution = Institucioni
nominee = I nominuari
nominee_journalist = Gazetar
nominee_academic = Studiues
nominee_activist = Aktivist
nominee_organisation = Organizatë
nominated_by = propozuar nga { $by }
nominees_fictional = Këta të nominuar janë FIKTIVË: emra dhe vepra të shpikura, për mostrën. Nuk janë njerëz apo shoqata të vërteta.
total = Totali
band = Niveli
matrix_title = Niveli sipas kriterit: ku është secili institucion i fortë dhe ku i dobët
name_fallback = emri nuk është dhënë në këtë gjuhë
nobody_ranked = Asnjë aplikues nuk është renditur në këtë kategori.
excluded_by_gate = Të parenditur (një kusht i detyrueshëm nuk është plotësuar)
ineligible = Të papranueshëm për renditje
reason_ineligible = asnjë kategori nuk e pranon llojin “{ $kind }” në edicionin { $edition }
reason_no_municipality = komuna nuk është shënuar, prandaj nuk dihet cilat gjuhë i detyrohet
reason_unknown_municipality = “{ $municipality }” nuk është komunë e njohur, prandaj nuk dihet cilat gjuhë i detyrohet
decided_by = barazimi në total u zgjidh nga { $criterion }
chart_label = Totalet sipas aplikuesit
inputs_title = Çdo skedar hyrës dhe çfarë ndodhi me të
inputs_intro = Çdo skedar i pranuar renditet një herë. Mesazhet për qelizat tregojnë fletën dhe qelizën e librit të punës.
file = Skedari
outcome = Rezultati
findings = Gjetjet
outcome_scored = i vlerësuar
outcome_warned = i vlerësuar me paralajmërime
outcome_rejected = i refuzuar
outcome_skipped = i anashkaluar (nuk është aplikim)
methodology = Metodologjia
gates = Kushtet e detyrueshme
gate_rule = { $gate }: të paktën { $min } { $min ->
        [one] rresht
       *[other] rreshta
    } në fletën “{ $sheet }”
gate_rule_column = { $gate }: të paktën { $min } { $min ->
        [one] rresht
       *[other] rreshta
    } në fletën “{ $sheet }” me “{ $column }” të plotësuar
gate_passed = { $gate }: i plotësuar ({ $found })
gate_failed = { $gate }: i paplotësuar ({ $found } nga { $min } të kërkuara)
method_share = Pjesa e rreshtave në “{ $sheet }” ku { $count ->
        [1] kolona { $columns } ka
       *[other] kolonat { $columns } kanë
    } “po”.
method_simultaneity = Pjesa e zërave në “{ $sheet }” të publikuar në çdo gjuhë ({ $columns }) me jo më shumë se { $hours } orë mes versionit të parë dhe të fundit. Një version që nuk u publikua kurrë nuk llogaritet i njëkohshëm.
method_reply_parity = Pjesa e letrave dhe e mesazheve elektronike testuese në “{ $sheet }” që kanë marrë përgjigje në çdo gjuhë ({ $columns }), ku përgjigjja më e ngadaltë ka ardhur jo më shumë se { $hours } orë më vonë se më e shpejta, secila e llogaritur nga dërgimi. Testi në të cilin një gjuhë mbetet pa përgjigje nuk llogaritet i plotësuar.
method_equivalence_ratio = Pjesa e zërave në “{ $sheet }” ku janë dhënë edhe “{ $first }” edhe “{ $second }”, dhe “{ $second }” është nga { $min } deri në { $max } herë sa “{ $first }”.
method_equivalence_rating = Pjesa e zërave në “{ $sheet }” ku ekzistojnë të dy versionet dhe “{ $column }” është të paktën { $min }.
method_equivalence_both = Pjesa e zërave në “{ $sheet }” ku ekzistojnë të dy versionet, “{ $second }” është nga { $min } deri në { $max } herë sa “{ $first }”, dhe “{ $column }” është të paktën { $min_rating }.
method_signage = Pjesa e mbishkrimeve në “{ $sheet }” me tekst në { $columns }.
method_signage_distinct = Pjesa e mbishkrimeve në “{ $sheet }” me tekst në { $columns }, ku asnjë përkthim nuk e përsërit thjesht tekstin e parë (pa dallim shkronjash të mëdha, hapësirash e theksash).
method_status_share = Shuma e pikëve që fitojnë rreshtat në “{ $sheet }”, pjesëtuar me numrin e rreshtave; sa fiton një rresht varet nga vlera në “{ $column }”: { $counts }.
method_status_count = “{ $status }” { $credit }
method_filter = Llogariten vetëm rreshtat që në “{ $column }” kanë një nga këto vlera: { $choices }.
method_min_rows = { $n ->
        [one] Nevojitet të paktën { $n } rresht
       *[other] Nevojiten të paktën { $n } rreshta
    }; me më pak, treguesi { $policy }.
policy_zero = merr 0
policy_exclude = lihet jashtë dhe treguesit e tjerë të kriterit ndajnë peshën e tij
method_total = Totali është shuma e peshës së çdo kriteri shumëzuar me pikët e tij, e rrumbullakuar një herë; pikët e treguara në çdo kartelë mblidhen saktësisht në total.
method_bands = Niveli lexohet nga totali i rrumbullakuar: 66,67 është mbi 66, kurse 66,00 nuk është.
method_provenance = Çdo rresht dëshmie mund të tregojë në kolonën “{ $column }” se si është marrë dëshmia; rreshti që nuk e tregon, ose që nuk përmend burim të njohur, llogaritet si { $default }. Sa vlen një rresht në pjesën e treguesit të tij varet nga burimi:
method_source = { $source } ({ $kind }): një rresht vlen { $weight }.
method_source_verified = { $source } ({ $kind }): një rresht vlen { $weight } kur është i verifikuar (kolona “{ $column }”), përndryshe 0.
source_observed = vëzhguar nga monitoruesit e Komisionerit për Gjuhë
source_declared = deklaruar nga aplikuesi
method_weighted = Pikët e një treguesi janë pjesa e peshës së rreshtave të tij që e plotësojnë. Rreshti që vlen 0 shfaqet në kartelë, por nuk llogaritet as në pjesë, as në numrin më të vogël të rreshtave që kërkon treguesi, as në kushtet e detyrueshme.
method_observed = Pjesa e pikëve të dëshmive që mbështetet në dëshmi të vëzhguara është, për çdo tregues, kontributi i tij shumëzuar me pjesën që zënë rreshtat nga burime të vëzhguara në peshën e rreshtave që e plotësojnë; pjesa tjetër mbështetet në dëshmi të deklaruara, dhe të dyja së bashku japin saktësisht pikët e dëshmive.
provenance_title = Si janë marrë dëshmitë
ties_rule = Totalet e barabarta ndahen sipas pikëve të: { $criteria }. Aplikuesit që mbeten të barabartë ndajnë renditjen, dhe renditja pasuese kapërcehet (1, 2, 2, 4).
ties_rule_none = Aplikuesit me total të barabartë ndajnë renditjen, dhe renditja pasuese kapërcehet (1, 2, 2, 4).
and = dhe
footer_tool = Krijuar nga
footer_criteria = skedari i kritereve
footer_inputs = skedarë hyrës
points_lost = Ku u humbën pikët
points = { $n } pikë
nothing_lost = Nuk u humb asnjë pikë.
score_breakdown = Zbërthimi i pikëve
value = Vlera
score = Pikët
contribution = Kontributi
contributions_add_up = Kontributi i çdo treguesi është pikët e tij shumëzuar me peshën; kontributet mblidhen saktësisht në total.
evidence = Dëshmitë, rresht për rresht
place = Vendi
item = Zëri
result = Rezultati
value_share = { $met } nga { $rows }
value_weighted = sipas peshës { $met } nga { $rows }
source = Burimi
source_counts = vlen { $weight }
source_unverified = vlen 0: i paverifikuar
rests_on = Mbështetet në
observed_parts = { $observed } në dëshmi të vëzhguara + { $declared } në dëshmi të deklaruara
status_insufficient = Dëshmi të pamjaftueshme: { $rows } { $rows ->
        [one] rresht
       *[other] rreshta
    }, nevojiten { $min }. Merr 0.
status_excluded = Dëshmi të pamjaftueshme: { $rows } { $rows ->
        [one] rresht
       *[other] rreshta
    }, nevojiten { $min }. Lihet jashtë; treguesit e tjerë ndajnë peshën e tij.
standing_ranked = Vendi { NUMBER($rank, type: "ordinal") ->
        [one] i parë
        [many] i { $rank }-t
       *[other] i { $rank }-të
    } nga { $count } në kategorinë “{ $category }”
standing_tied = Vendi { NUMBER($rank, type: "ordinal") ->
        [one] i parë
        [many] i { $rank }-t
       *[other] i { $rank }-të
    } nga { $count } në kategorinë “{ $category }”, në barazim
standing_excluded = i parenditur: një kusht i detyrueshëm nuk është plotësuar
standing_ineligible = i parenditur: { $reason }
note_met = plotësuar
note_not_yes = te “{ $column }” nuk është shënuar “po”
note_missing = “{ $column }” mungon
note_late = versionet u shfaqën me { $hours } orë diferencë (lejohen më së shumti { $tolerance })
note_no_reply = nuk ka përgjigje në { $language }
note_reply_before_sent = koha te “{ $column }” është para dërgimit të pyetjes
note_reply_late = përgjigjja më e ngadaltë erdhi { $hours } orë më vonë se më e shpejta (lejohen më së shumti { $tolerance })
note_ratio = “{ $column }” është { $ratio } herë sa versioni i parë (lejohet nga { $min } deri në { $max })
note_rating = “{ $column }” është { $rating }, nën { $min }
note_copy = “{ $column }” e përsërit tekstin e parë
note_status = { $status } (vlen { $credit })
date = { $day } { $month } { $year }
month_1 = janar
month_2 = shkurt
month_3 = mars
month_4 = prill
month_5 = maj
month_6 = qershor
month_7 = korrik
month_8 = gusht
month_9 = shtator
month_10 = tetor
month_11 = nëntor
month_12 = dhjetor
place_row = { $sheet }, rreshti { $row }
quote = “{ $x }”
finding_S001 = kjo është dosje, jo skedar i librit të punës
finding_S002 = skedari nuk mund të hapet ({ $detail })
finding_S003 = skedari është arkiv zip, por jo libër pune i përdorshëm ({ $detail }); ruajeni sërish nga programi i fletëllogaritjes
finding_S004 = libri i punës është i mbrojtur me fjalëkalim; dërgojeni sërish pa fjalëkalim
finding_S005 = skedari është bosh (0 bajt), edhe pse emri i tij mbaron me .{ $ext }
finding_S006 = skedari nuk është fletëllogaritëse, edhe pse emri i tij mbaron me .{ $ext }
finding_S007 = skedari është në të vërtetë fletëllogaritëse .{ $actual }, edhe pse emri i tij mbaron me .{ $claimed }; u lexua si i tillë
finding_S008 = një tub, prizë ose pajisje me emër si libër pune; nuk hapet (lexohen vetëm skedarë të zakonshëm)
finding_S010 = skedari ka { $size } MB; kufiri është { $limit } MB (rriteni me --max-file-mb)
finding_S011 = libri i punës nuk mund të lexohet ({ $detail }); hapeni në një program fletëllogaritjeje dhe ruajeni sërish
finding_S012 = libri i punës ka { $count } fletë; kufiri është { $limit }
finding_S013 = libri i punës ka më shumë se { $limit } { $limit ->
        [one] qelizë të plotësuar
       *[other] qeliza të plotësuara
    } (rriteni kufirin me --max-cells)
finding_S014 = fleta nuk mund të lexohet ({ $detail }); hapeni librin e punës në një program fletëllogaritjeje dhe ruajeni sërish
finding_S020 = libri i punës nuk ka fletë Institucioni (u kërkua: { $looked_for }; fletët e gjetura: { $found })
finding_S021 = fleta e Institucionit nuk ka rresht “{ $labels }” me vlerë
finding_S022 = lloj i panjohur institucioni “{ $kind }”; pritej një nga: { $known }
finding_S023 = emri i institucionit mungon në njërën gjuhë (rreshti “{ $labels }”)
finding_S024 = pritej data e dorëzimit, u gjet { $found }
finding_S025 = pritej viti i edicionit, u gjet { $found }
finding_S026 = libri i punës është për edicionin { $edition }; ky vlerësim është për { $expected }
finding_S027 = një komunë duhet të shënojë emrin e komunës (rreshti “{ $labels }”): prej saj varen gjuhët që i detyrohet; aplikuesi nuk renditet
finding_S028 = “{ $municipality }” nuk është komunë në skedarin e statusit të gjuhëve (emri i njohur më i afërt: “{ $nearest }”); gjuhët që i detyrohet nuk dihen, prandaj aplikuesi nuk renditet
finding_S029 = komuna “{ $municipality }” nuk merret parasysh: një institucion i llojit “{ $kind }” i detyrohet shqipen dhe serbishten
finding_S030 = libri i punës nuk ka fletën “{ $sheet }”; treguesit e saj nuk marrin dëshmi
finding_S031 = fleta është e fshehur; u lexua gjithsesi
finding_S032 = nuk u gjet rresht titujsh në { $rows ->
        [one] rreshtin e parë
       *[other] { $rows } rreshtat e parë
    } (priteshin emra kolonash si “{ $example }”); fleta nuk jep dëshmi
finding_S033 = kolona “{ $column }” mungon në rreshtin e titujve; qelizat e saj llogariten bosh
finding_S040 = qeliza tregon gabimin { $error }
finding_S041 = “{ $column }” është e detyrueshme, por është bosh
finding_S042 = pritej po ose jo (yes/no, po/jo, da/ne, ose x për po), u gjet { $found }
finding_S043 = pritej datë dhe orë (qelizë date, ose tekst si 2026-03-15 10:30), u gjet { $found }
finding_S044 = pritej numër, u gjet { $found }
finding_S045 = numri { $found } është nën minimumin { $min }
finding_S046 = numri { $found } është mbi maksimumin { $max }
finding_S047 = pritej një nga: { $choices }; u gjet { $found }
finding_S050 = ID-ja e institucionit “{ $id }” është dorëzuar edhe në { $file }, i cili llogaritet (data më e vonë e dorëzimit, ose emri i skedarit më i vonë)
finding_S051 = lloji “{ $kind }” i përket kategorisë “{ $category }”, të cilën e vlerëson vetëm juria: ajo pranon nominime, jo libra pune
finding_S052 = ID-ja e institucionit “{ $id }” është e një të nominuari, të shënuar në { $file } (rreshti { $line }): të nominuarit nuk dorëzojnë libër pune
finding_K001 = nuk është libër pune (lexohen vetëm .xlsx, .xlsm, .xls dhe .ods)
finding_K002 = skedar kyçjeje i Excel-it (libri i punës është i hapur diku); vetë libri i punës lexohet
finding_K003 = dosje; lexohen vetëm skedarët drejtpërdrejt në dosjen e aplikimeve
finding_K004 = nuk është skedar i zakonshëm (tub, prizë ose pajisje); nuk hapet
finding_S048 = qeliza përmban një formulë (={ $formula }) të ruajtur pa rezultatin e saj, ndaj llogaritet bosh; hapeni librin e punës në një program fletëllogaritjeje dhe ruajeni sërish
finding_S015 = libri i punës do të shpaketohej në { $size } MB, më shumë se kufiri { $limit } MB; mund të jetë bombë zip
finding_S099 = libri i punës bëri që lexuesi i fletëllogaritjeve të dështojë; hapeni në një program fletëllogaritjeje, ruajeni sërish dhe dërgojeni përsëri
finding_J001 = fleta e anëtarit të jurisë nuk ka fletën “{ $sheet }” (fletët e gjetura: { $found }); dërgoni librin e punës të shkruar nga langaward jury-sheets
finding_J002 = nuk ka ID të anëtarit të jurisë: fleta Juror nuk jep asnjë pranë “Juror ID”
finding_J003 = ID-ja e anëtarit të jurisë “{ $id }” nuk është në listën e anëtarëve të jurisë në skedarin e kritereve ({ $known })
finding_J004 = llogaritet një fletë më e vonë e anëtarit të jurisë “{ $juror }”: { $file }
finding_J005 = fleta Marks nuk ka kolonën “{ $header }”; mbajeni rreshtin e titujve siç është shkruar
finding_J006 = fleta është për edicionin { $edition }, kriteret për edicionin { $expected }
finding_J010 = ID-ja e institucionit “{ $id }” nuk është aplikant; rreshti nuk llogaritet
finding_J011 = kriteri “{ $criterion }” është i panjohur; rreshti nuk llogaritet
finding_J012 = nota “{ $value }” nuk është numër (pritet { $min } deri { $max }, hapi { $step }); nuk llogaritet
finding_J013 = nota { $value } është jashtë shkallës { $min } deri { $max }; nuk llogaritet
finding_J014 = nota { $value } nuk bie në hapat e shkallës ({ $min } deri { $max }, hapi { $step }); nuk llogaritet
finding_J015 = konflikti i interesit “{ $reason }” nuk është një nga arsyet e listës; llogaritet si “tjetër”
finding_J016 = notë e dytë për të njëjtin aplikant dhe kriter (e para në { $first }); nuk llogaritet
finding_J017 = “{ $id }” është institucioni i vetë anëtarit të jurisë; notat e tij për të nuk llogariten
finding_J018 = “{ $id }” nuk është në një kategori që vlerëson ky anëtar i jurisë; rreshti nuk llogaritet
finding_J019 = “{ $id }” nuk renditet (nuk kaloi një kusht ose nuk është i pranueshëm); rreshti nuk llogaritet
finding_J020 = { $count } { $count ->
        [one] rresht nuk ka
       *[other] rreshta nuk kanë
    } as notë as konflikt interesi
finding_J021 = për “{ $id }” është deklaruar konflikt interesi; nota nuk llogaritet
finding_S016 = teksti është më i gjatë se { $limit } { $limit ->
        [one] karakter; mbahet vetëm i pari
       *[other] karaktere; mbahen vetëm { $limit } të parët
    }
more_rows = … dhe { $n } { $n ->
        [one] rresht tjetër, që nuk shfaqet
       *[other] rreshta të tjerë, që nuk shfaqen
    } këtu; çdo rresht është në results.json.
finding_S017 = mbështjellësi i librit të punës është i dëmtuar ({ $detail }); hapeni në një program fletëllogaritjeje dhe ruajeni sërish
finding_S018 = një fletë deklaron rreshtat { $rows } dhe kolonat { $columns }, më shumë qeliza se kufiri { $limit } (rriteni me --max-cells)
finding_S019 = tabela e vargjeve të përbashkëta deklaron { $declared } { $declared ->
        [one] varg
       *[other] vargje
    }, më shumë se sa mund të mbajë ose sa lejon --max-cells ({ $limit }); refuzohet para se analizuesi t’u rezervojë vend
method_owed = Kontrollohen vetëm gjuhët që institucioni i detyrohet publikut: shqipja dhe serbishtja kudo, dhe gjuhët e tjera zyrtare të komunës.
method_owed_in_use = Kontrollohen vetëm gjuhët që institucioni i detyrohet publikut: shqipja dhe serbishtja kudo, gjuhët e tjera zyrtare të komunës dhe, për këtë kriter, gjuhët në përdorim zyrtar në komunë.
method_mixed = Një mbishkrim në të cilin një fjalë përzien shkronja latine dhe cirilike nuk e plotëson kushtin.
method_script_cyrillic = Teksti në serbisht duhet të jetë me alfabet cirilik.
method_script_latin = Teksti në serbisht duhet të jetë me alfabet latin.
method_script_either = Teksti në serbisht mund të jetë me cilindo alfabet.
method_script_both = Teksti në serbisht duhet të shfaqet me të dy alfabetet.
method_order = Gjuha e shkruar e para duhet të jetë gjuha e shumicës vendore.
script_cyrillic = alfabet cirilik
script_latin = alfabet latin
script_mixed = alfabete të përziera
script_none = pa shkronja
note_script = “{ $column }” është me { $found }, por kërkohet { $expected }
note_script_missing = teksti në serbisht nuk shfaqet me { $script }
note_mixed = në “{ $column }”, fjala { $position } “{ $word }” përzien alfabetet (shkronja të ngjashme: { $letters })
note_order = { $found }ja është shkruar e para, ndërsa këtu pritet e para { $expected }ja
note_order_missing = gjuha e shkruar e para nuk është shënuar, ndërsa këtu pritet e para { $expected }ja
note_lost_diacritics = “{ $column }” shkruan “{ $found }”; ndoshta “{ $intended }”
template_sheet = Udhëzime
template_deadline = Dërgojeni librin e punës të plotësuar deri më { $date }.
template_intro = Plotësoni fletën e Institucionit dhe nga një rresht për çdo shërbim, komunikim dhe mbishkrim në fletët e dëshmive. Mos i riemërtoni fletët as titujt.
template_column = Kolona
template_what = Çfarë shkruhet
template_required = E detyrueshme
template_text = tekst
template_yes_no = po ose jo (ose yes/no, da/ne; x për po)
template_date = datë dhe orë, p.sh. 2026-03-15 10:30
template_number = numër
template_choice = një nga: { $choices }
diff_title = Edicioni { $new } krahasuar me { $old }
diff_fell = Fituesit e mëparshëm të çmimit që ranë në nivel
diff_changes = Ndryshimi sipas institucionit
diff_change = Ndryshimi
diff_new = Aplikues të rinj
diff_missing = Aplikues që nuk janë më
diff_none = Asnjë.
diff_differ = Dy edicionet u vlerësuan me kritere të ndryshme; totalet nuk krahasohen saktësisht.
diff_renamed = më parë { $id }
diff_moved = Ndryshime të statusit (rekomandimet dhe rreshta të tjerë me numër)
diff_moved_row = { $id }: { $old } → { $new }
diff_moved_new = { $id } (i ri): { $status }
tie_full_indicators = numri i treguesve me pikë të plota
tie_jury = nota e jurisë
outcome_title = Çmimi
no_award = Pa çmim
award_pending = Në pritje të notave të jurisë
jury_decides = Barazim për vendin e fundit, vendos juria: { $names }
close_result = Rezultat i ngushtë: aplikuesi pasues është më pak se { $margin } pikë prapa
robustness_title = Qëndrueshmëria ndaj peshave
robustness_about = { $draws } { $draws ->
        [one] shortim
       *[other] shortime
    }, me secilën peshë kriteri dhe treguesi të ndryshuar deri në ±{ $weights } % dhe të rinormalizuar; shifrat janë të përafërta
robustness_settled = Çmimin kryesor e merr { $names } në { $share } % të shortimeve
robustness_contested = Çmimi kryesor nuk është i sigurt; e marrin: { $names }
robustness_contender = { $name } ({ $share } %)
robustness_no_award = Në asnjë shortim nuk jepet çmimi kryesor
robustness_ranks = { $name }: vendi median { $median }, nga { $low } deri në { $high } në 90 % të shortimeve; niveli mbetet i njëjtë në { $band } % të shortimeve
robustness_influence = Pesha që e lëviz më shumë renditjen: { $weight }
tie_decided = Total i barabartë me aplikuesin pasues; barazimi u zgjidh nga { $criterion }
provisional = I përkohshëm
provisional_short = i përkohshëm
provisional_unread = kriteret i japin jurisë { $jury }% të totalit, por nuk u lexua asnjë notë e jurisë. Çdo total më poshtë është vetëm pikët e dëshmive; rezultati mund të ndryshojë kur të vijnë notat e jurisë.
provisional_awaiting = në { $category }, renditja pret mjaft nota të jurisë për: { $names }; çmimi mund të ndryshojë.
evidence_score = Pikët e dëshmive
observed_short = Nga vëzhgimi
jury_score = Juria (0–100)
jury_total_rule = Totali = { $evidence }% e pikëve të dëshmive + { $jury }% e notës së jurisë.
jury_only_rule = Këtë kategori e vlerëson vetëm juria: totali i secilit të nominuar është nota e jurisë (0–100); nuk vlerësohet asnjë libër pune me dëshmi.
consensus_flag = takim për konsensus
awaiting_count = Në pritje të notave të jurisë
awaiting_title = Ende të parenditur (nota të pamjaftueshme të jurisë)
awaiting_pending_title = Ende të parenditur (në pritje të notave të jurisë)
awaiting_reason = shumë pak nota të jurisë për { $criteria }
awaiting_pending = në pritje të notave të jurisë
awaiting_criterion = { $criterion } ({ $count } nga { $min })
standing_awaiting = ende i parenditur: nota të pamjaftueshme të jurisë
standing_pending = ende i parenditur: në pritje të notave të jurisë
role = Roli
role_submission = aplikim
role_jury_sheet = fletë e jurisë
outcome_counted = notat u llogaritën
outcome_counted_warned = notat u llogaritën me paralajmërime
outcome_skipped_sheet = i anashkaluar (nuk është fletë e jurisë)
# results.xlsx: fletët, kolonat dhe fjalët në qelizat e tij.
xlsx_sheet_ineligible = Të papranueshëm
xlsx_sheet_inputs = Skedarët hyrës
xlsx_sheet_matrix = Nivelet sipas kriterit
xlsx_id = ID
xlsx_name_sq = Emri në shqip
xlsx_name_sr = Emri në serbisht
xlsx_tied = Barazim
xlsx_yes = po
xlsx_jury_flags = Shënimet e jurisë
xlsx_status = Gjendja
xlsx_award = Çmimi
xlsx_code = Kodi
xlsx_message = Mesazhi
xlsx_status_ranked = në renditje
xlsx_status_awaiting = në pritje të notave të jurisë
xlsx_status_excluded = jashtë renditjes: një kusht i detyrueshëm nuk është plotësuar
xlsx_status_ineligible = pa të drejtë renditjeje
xlsx_tied_for = barazim për vendin e fundit ({ $tier }), vendos juria
jury_files_summary = { $total } { $total ->
        [one] fletë e jurisë
       *[other] fletë të jurisë
    }: { $counted } me nota të llogaritura, { $warned } me nota të llogaritura me paralajmërime, { $rejected } { $rejected ->
        [one] e refuzuar
       *[other] të refuzuara
    }, { $skipped } { $skipped ->
        [one] e anashkaluar
       *[other] të anashkaluara
    }.
jury_title = Juria
jury_unread = Nuk u lexua asnjë notë e jurisë: çdo total është vetëm pikët e dëshmive, dhe rezultati është i përkohshëm.
jury_scale = Çdo anëtar i jurisë vlerëson çdo kriter nga { $min } deri në { $max }.
jury_scale_step = Çdo anëtar i jurisë vlerëson çdo kriter nga { $min } deri në { $max }, me hapa prej { $step }.
jury_aggregate_mean = Nota e jurisë për një kriter është mesatarja e notave të tij.
jury_aggregate_median = Nota e jurisë për një kriter është mediana e notave të tij.
jury_aggregate_trimmed = Nota e jurisë për një kriter është mesatarja e notave të tij; me të paktën { $n } { $n ->
        [one] notë
       *[other] nota
    }, fillimisht hiqen nota më e lartë dhe nota më e ulët (mesatare e cunguar).
jury_min_marks = Për çdo kriter { $n ->
        [one] duhet të paktën { $n } notë
       *[other] duhen të paktën { $n } nota
    }; një aplikues me më pak nuk renditet derisa të vijnë (nota të pamjaftueshme të jurisë).
jury_standardise_on = Notat standardizohen: notat e çdo anëtari të jurisë rishkallëzohen sipas mesatares dhe shpërndarjes së të gjitha notave, që një anëtar i rreptë ose i butë të peshojë si të tjerët.
jury_standardise_off = Notat nuk standardizohen: llogariten notat e vetë secilit anëtar të jurisë.
jury_consensus = Kur notat për një kriter ndryshojnë më shumë se { $spread } (më e larta minus më e ulëta), aplikuesi shkon në takimin për konsensus.
jury_recusal_rule = Notat e një anëtari të jurisë për institucionin e vet, ose për një aplikues me të cilin ka deklaruar konflikt interesi, nuk llogariten.
jury_weights = Totali përfundimtar është { $evidence }% e pikëve të dëshmive dhe { $jury }% e notës së jurisë.
jurors = Anëtarët e jurisë
juror = Anëtari i jurisë
categories = Kategoritë
jury_sheet = Fleta
sheet_read = u lexua
sheet_read_from = u lexua ({ $file })
sheet_missing = nuk u kthye asnjë fletë
sheet_not_read = nuk u lexua
recusals = Vetëpërjashtimet (konflikt interesi)
reason = Arsyeja
recused_where = Ku
recusal_from_criteria = lista e anëtarëve të jurisë në skedarin e kritereve
conflict_professional = konflikt profesional
conflict_personal = marrëdhënie personale
conflict_own = institucioni i vet
conflict_other = tjetër
conflict_own_words = { $reason }: “{ $note }”
consensus_title = Për takimin për konsensus
consensus_intro = Kriteret, notat e të cilave ndryshojnë më shumë se { $spread } ndërmjet më të lartës dhe më të ulëtës.
marks = Notat
spread = Diferenca (më e larta − më e ulëta)
insufficient_title = Nota të pamjaftueshme të jurisë
marks_count = { $count } nga { $min } { $min ->
        [one] notë e nevojshme
       *[other] nota të nevojshme
    }
jury_none = Asnjë.
method_evidence = Pikët e dëshmive janë shuma e peshës së çdo kriteri shumëzuar me pikët e tij, e rrumbullakuar një herë; kontributet e treguara në çdo kartelë mblidhen saktësisht në to.
method_final = Totali përfundimtar është { $evidence }% e pikëve të dëshmive plus { $jury }% e notës së jurisë. Të dy pjesët rrumbullakohen që të mblidhen saktësisht në totalin e treguar. Me peshat 100 dhe 0, totali do të ishte vetëm pikët e dëshmive.
method_final_evidence_only = Kriteret nuk i japin jurisë pjesë në total (dëshmitë { $evidence }, juria { $jury }): totali është vetëm pikët e dëshmive; notat e jurisë tregohen dhe mund vetëm të zgjidhin barazimet.
method_category_weights = { $category }: totali është { $evidence }% e pikëve të dëshmive plus { $jury }% e notës së jurisë.
method_jury_only = { $category }: vetëm juria vlerëson të nominuarit e shënuar në skedarin e nominimeve; secili anëtar i jurisë i jep secilit të nominuar një notë, dhe totali është nota e jurisë në shkallën 0 deri 100.
method_jury_score = Nota e jurisë (0 deri 100) zbaton peshat e kritereve mbi notën e bashkuar të çdo kriteri, të rishkallëzuar nga shkalla e jurisë { $min } deri { $max }.
jury_marks_title = Notat e jurisë
jury_card_unread = Nuk u lexua asnjë notë e jurisë: ky total është vetëm pikët e dëshmive, dhe është i përkohshëm.
jury_card_awaiting = Nota të pamjaftueshme të jurisë: aplikuesi renditet kur çdo kriter të ketë të paktën { $min } { $min ->
        [one] notë
       *[other] nota
    }; deri atëherë totali është vetëm pikët e dëshmive.
jury_card_pending = Në pritje të notave të jurisë: vetëm nota e jurisë do ta përbëjë këtë total.
made_of = Përbërja
total_parts = { $evidence_part } ({ $evidence_weight }% e pikëve të dëshmive { $evidence }) + { $jury_part } ({ $jury_weight }% e notës së jurisë { $jury }) = { $total }
total_jury_only = vetëm nota e jurisë, { $total }
contributions_add_up_evidence = Kontributi i çdo treguesi është pikët e tij shumëzuar me peshën; kontributet mblidhen saktësisht në pikët e dëshmive.
mark = Nota
standardised = E standardizuar
counted = E llogaritur
trimmed = e hequr (mesatare e cunguar)
aggregated = Nota e jurisë
aggregate_mean = mesatare
aggregate_median = mediana
aggregate_trimmed = mesatare e cunguar
no_marks = Asnjë notë.
jury_warnings_title = Për t'u verifikuar në listën e anëtarëve të jurisë
juror_institution_unknown = { $file }, rreshti { $line }, kolona { $column }: anëtari i jurisë { $juror } i përket institucionit “{ $institution }”, që nuk është ID e asnjë aplikuesi; prandaj ky anëtar nuk përjashtohet nga vlerësimi i institucionit të vet.
juror_institution_nearest = Mos keni dashur të shkruani “{ $nearest }”?
juror_institution_absent = Nëse institucioni nuk aplikon në këtë edicion, nuk ka asgjë për të ndrequr.

## Forms and validate

validate_accepted = { $file }: do të pranohej
validate_warned = { $file }: do të pranohej, me paralajmërime
validate_rejected = { $file }: do të REFUZOHEJ
validate_total = totali i përkohshëm: { $total } ({ $band })
validate_not_ranked = nuk do të renditej: { $reason }
validate_gate = nuk do të renditej: kushti `{ $gate }` nuk është plotësuar ({ $found } nga { $min })
jury_sheet_marks = Notat
jury_sheet_juror = Anëtari i jurisë
jury_col_category = Kategoria
jury_col_institution_id = ID e institucionit
jury_col_institution = Institucioni
jury_col_criterion = Kriteri
jury_whole = Në tërësi
jury_col_evidence = Pikët e dëshmive
jury_col_mark = Nota
jury_col_comment = Koment
jury_col_conflict = Konflikt interesi
jury_about_id = ID e anëtarit të jurisë
jury_about_name = Emri
jury_about_edition = Edicioni
jury_about_scale = Notat
jury_about_how = Si plotësohet
jury_sheet_scale = nga { $min } deri në { $max }
jury_sheet_scale_step = nga { $min } deri në { $max }, me hapa prej { $step }
jury_how_to_fill = Një notë për rresht, në kolonën “Nota”. Për një aplikues që nuk mund ta vlerësoni në mënyrë të paanshme, lëreni notën bosh dhe zgjidhni një arsye te “Konflikt interesi”: notat tuaja për të atëherë nuk numërohen. Mos e ndryshoni ID-në e anëtarit të jurisë.

## What-if runs

what_if_intro = Llogaritje hipotetike: { $n } { $n ->
        [one] ndryshim
       *[other] ndryshime
    } në skedarin e kritereve:
what_if_older = Rezultatet e mëparshme vijnë nga një llogaritje hipotetike: { $n } { $n ->
        [one] ndryshim
       *[other] ndryshime
    } në skedarin e kritereve:
what_if_newer = Rezultatet e reja vijnë nga një llogaritje hipotetike: { $n } { $n ->
        [one] ndryshim
       *[other] ndryshime
    } në skedarin e kritereve:
what_if_was = ishte { $previous }
what_if_added = nuk ishte në skedar
what_if_note = Nuk është rezultati i edicionit.
what_if_sheet = Llogaritja hipotetike
what_if_path = Vendi në skedar
what_if_value = Vlera
what_if_previous = Në skedarin e kritereve
robustness_about_jury_split = Edhe pjesa e jurisë në total, në përqindje, u ndryshua në secilin shortim deri në ±{ $points } pikë, brenda 0–100; një kategori, totali i së cilës është vetëm pikët e dëshmive ose vetëm nota e jurisë, e ruan ndarjen e vet
robustness_about_band_bounds = Edhe secili kufi midis dy niveleve u zhvendos në secilin shortim deri në ±{ $points } pikë, me kufijtë të mbajtur në rend; niveli mbetet i njëjtë kur totali mbetet në të sipas kufijve të atij shortimi
robustness_jury_split_weight = pjesa e jurisë në total
