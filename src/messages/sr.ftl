### Tekst interfejsa na srpskom, latinicom (Project Fluent, https://projectfluent.org/fluent/guide/).
###
### Svaka poruka mora postojati i u en.ftl i sq.ftl, sa istim promenljivama.
### { $name } popunjava langaward.
###
### Broj i oblik. Brojevi stižu kao brojevi, a poruka koja prikazuje broj bira
### oblik reči po pravilima množine CLDR-a za srpski (one / few / other):
### 1, 21, 101 → one („1 bod“), 2–4, 22–24 → few („3 boda“), ostalo → other
### („5 bodova“, „11 bodova“). Broj sa decimalama prema Pravopisu traži genitiv
### jednine („3,5 boda“, „24,5 sata“), a CLDR bi „1,5“ svrstao u other. Zato
### se u ovom katalogu oblik uvek bira preko funkcije PLURAL($n), koju definiše
### langaward (src/i18n/value.rs): za broj sa decimalama ona vraća few (čiji je
### oblik upravo genitiv jednine), a za ceo broj sam broj, pa bira CLDR:
###     { $n } { PLURAL($n) ->
###         [one] bod
###         [few] boda
###        *[other] bodova
###     }
### Decimalni zarez piše langaward.
###
### Ćirilica (sr-Cyrl) nastaje preslovljavanjem teksta ovih poruka, nikada
### njihovih umetaka ({ ... }). Zato se sve što mora ostati latinicom — nazivi
### datoteka, ekstenzije, opcije komandne linije, komande, doslovne vrednosti
### koje se upisuju u ćelije, nazivi listova i zaglavlja kako stoje u radnoj
### svesci — piše kao umetak sa niskom: { ".xlsx" }, { "--max-cells" },
### { "Juror ID" }. Reči u kojima nj ili dž nisu jedno slovo (injekcija,
### vanjezički, nadživeti) preslovljava spisak izuzetaka u src/i18n/cyrillic.rs,
### a tamo su i strana imena koja se ćirilicom pišu kako se izgovaraju
### (Facebook → Фејсбук, X → Икс).
### Poruka čije je preslovljavanje ipak pogrešno piše se ćirilicom u
### sr-Cyrl.ftl i tamo zamenjuje ovu.

report_title = Izveštaj za žiri
edition = Izdanje
assessment_period = Period ocenjivanja
period = { $from } – { $to }
notice = Dokazi u ovim prijavama su IZMIŠLJENI UZORAK: stvarni nazivi institucija, izmišljeni podaci. Oni ništa ne govore o tome kako ove institucije zaista primenjuju zakon.
how_scored = Kako su prijave ocenjene
how_scored_intro = Svaki podnosilac je predao radnu svesku sa dokazima. Svaki kriterijum čine pokazatelji; svaki pokazatelj je udeo redova dokaza podnosioca koji ga ispunjavaju. Najveći mogući ukupni rezultat je 100.
criterion = Kriterijum
indicator = Pokazatelj
indicators = Pokazatelji
weight = Težina
bands_intro = Ukupni rezultati se ocenjuju po nivoima:
band_above = iznad { $x }
band_from = od { $x }
band_to = do { $x } uključivo
band_below = ispod { $x }
summary = Pregled
category = Kategorija
applicants = Rangirani
excluded = Isključeni
files_summary = { $total } { PLURAL($total) ->
        [one] ulazna datoteka
        [few] ulazne datoteke
       *[other] ulaznih datoteka
    }: { $scored } { PLURAL($scored) ->
        [one] ocenjena
        [few] ocenjene
       *[other] ocenjeno
    }, { $warned } { PLURAL($warned) ->
        [one] ocenjena
        [few] ocenjene
       *[other] ocenjeno
    } uz upozorenja, { $rejected } { PLURAL($rejected) ->
        [one] odbijena
        [few] odbijene
       *[other] odbijeno
    }, { $skipped } { PLURAL($skipped) ->
        [one] preskočena
        [few] preskočene
       *[other] preskočeno
    }.
rank = Mesto
institution = Institucija
nominee = Nominovani
nominee_journalist = Novinar
nominee_academic = Naučni radnik
nominee_activist = Aktivista
nominee_organisation = Organizacija
nominated_by = predlagač: { $by }
nominees_fictional = Ovi nominovani su IZMIŠLJENI, kao i njihova imena i zasluge: služe samo kao uzorak. To nisu stvarne osobe ni udruženja.
total = Ukupno
band = Nivo
matrix_title = Nivo po kriterijumu: u čemu je svaka institucija jaka, a u čemu slaba
name_fallback = naziv nije dat na ovom jeziku
nobody_ranked = Nijedan podnosilac nije rangiran u ovoj kategoriji.
excluded_by_gate = Nisu rangirani (obavezan uslov nije ispunjen)
ineligible = Ne ispunjavaju uslove za rangiranje
reason_ineligible = nijedna kategorija ne prima vrstu „{ $kind }“ u izdanju { $edition }
reason_no_municipality = opština nije navedena, pa se ne zna koji su jezici obavezni
reason_unknown_municipality = „{ $municipality }“ nije poznata opština, pa se ne zna koji su jezici obavezni
decided_by = izjednačenje u ukupnom rezultatu rešeno prema: { $criterion }
chart_label = Ukupni rezultati po podnosiocima
inputs_title = Ulazne datoteke i njihov ishod
inputs_intro = Svaka primljena datoteka navedena je jednom. Poruke o ćelijama navode list i ćeliju radne sveske.
file = Datoteka
outcome = Ishod
findings = Nalazi
outcome_scored = ocenjeno
outcome_warned = ocenjeno uz upozorenja
outcome_rejected = odbijeno
outcome_skipped = preskočeno (nije prijava)
methodology = Metodologija
gates = Obavezni uslovi
gate_rule = { $gate }: najmanje { $min } { PLURAL($min) ->
        [one] red
        [few] reda
       *[other] redova
    } na listu „{ $sheet }“
gate_rule_column = { $gate }: najmanje { $min } { PLURAL($min) ->
        [one] red
        [few] reda
       *[other] redova
    } na listu „{ $sheet }“ sa popunjenim „{ $column }“
gate_passed = { $gate }: ispunjeno ({ $found })
gate_failed = { $gate }: nije ispunjeno ({ $found } od potrebnih { $min })
method_share = Udeo redova na listu „{ $sheet }“ u kojima je u { PLURAL($count) ->
        [1] koloni
       *[other] kolonama
    } { $columns } upisano „{ "da" }“.
method_simultaneity = Udeo stavki na listu „{ $sheet }“ objavljenih na svakom jeziku ({ $columns }) sa najviše { $hours } { PLURAL($hours) ->
        [one] sat
        [few] sata
       *[other] sati
    } između prve i poslednje verzije. Verzija koja nikada nije objavljena ne smatra se istovremenom.
method_reply_parity = Udeo probnih pisama i elektronskih poruka na listu „{ $sheet }“ na koje je stigao odgovor na svakom jeziku ({ $columns }), pri čemu je najsporiji odgovor stigao najviše { $hours } { PLURAL($hours) ->
        [one] sat
        [few] sata
       *[other] sati
    } kasnije od najbržeg, računajući od slanja. Ako na nekom jeziku nema odgovora, test se ne računa kao ispunjen.
method_equivalence_ratio = Udeo stavki na listu „{ $sheet }“ u kojima su dati i „{ $first }“ i „{ $second }“, a odnos „{ $second }“ prema „{ $first }“ je od { $min } do { $max }.
method_equivalence_rating = Udeo stavki na listu „{ $sheet }“ u kojima postoje obe verzije, a „{ $column }“ je najmanje { $min }.
method_equivalence_both = Udeo stavki na listu „{ $sheet }“ u kojima postoje obe verzije, odnos „{ $second }“ prema „{ $first }“ je od { $min } do { $max }, a „{ $column }“ je najmanje { $min_rating }.
method_signage = Udeo natpisa na listu „{ $sheet }“ sa tekstom u { $columns }.
method_signage_distinct = Udeo natpisa na listu „{ $sheet }“ sa tekstom u { $columns }, gde nijedan prevod samo ne ponavlja prvi tekst (bez obzira na velika slova, razmake i dijakritike).
method_status_share = Zbir bodova koje osvajaju redovi na listu „{ $sheet }“, podeljen brojem redova; koliko red osvaja zavisi od vrednosti u koloni „{ $column }“: { $counts }.
method_status_count = „{ $status }“ { $credit }
method_filter = Računaju se samo redovi koji u koloni „{ $column }“ imaju jednu od ovih vrednosti: { $choices }.
method_min_rows = { PLURAL($n) ->
        [one] Potreban je najmanje { $n } red
        [few] Potrebna su najmanje { $n } reda
       *[other] Potrebno je najmanje { $n } redova
    }; sa manje, pokazatelj { $policy }.
policy_zero = dobija 0
policy_exclude = se izostavlja, a ostali pokazatelji kriterijuma dele njegovu težinu
method_total = Ukupno je zbir težine svakog kriterijuma pomnožene njegovim rezultatom, zaokružen jednom; bodovi prikazani u svakoj kartici tačno daju ukupni zbir.
method_bands = Nivo se čita iz zaokruženog ukupnog rezultata: 66,67 je iznad 66, a 66,00 nije.
method_provenance = Svaki red dokaza može u koloni „{ $column }“ navesti kako je dokaz pribavljen; red koji to ne navodi, ili ne navodi poznat izvor, računa se kao { $default }. Koliko red vredi u udelu svog pokazatelja zavisi od izvora:
method_source = { $source } ({ $kind }): red vredi { $weight }.
method_source_verified = { $source } ({ $kind }): red vredi { $weight } kada je proveren (kolona „{ $column }“), inače 0.
source_observed = zabeležili su ga posmatrači Poverenika za jezike
source_declared = prijavio ga je podnosilac
method_weighted = Rezultat pokazatelja je udeo koji u težini njegovih redova imaju redovi koji ga ispunjavaju. Red koji vredi 0 prikazan je u kartici, ali se ne računa ni u udeo, ni u najmanji broj redova koji pokazatelj traži, ni u obavezne uslove.
method_observed = Deo rezultata dokaza koji se zasniva na dokazima iz posmatranja jednak je, za svaki pokazatelj, njegovim bodovima pomnoženim udelom koji u težini ispunjenih redova imaju redovi iz posmatranja; ostatak se zasniva na prijavljenim dokazima, a zbir ta dva dela tačno je rezultat dokaza.
provenance_title = Kako su dokazi pribavljeni
ties_rule = Jednaki ukupni rezultati razdvajaju se prema rezultatima za: { $criteria }. Podnosioci koji ostanu izjednačeni dele mesto, a sledeće mesto se preskače (1, 2, 2, 4).
ties_rule_none = Podnosioci sa jednakim ukupnim rezultatom dele mesto, a sledeće mesto se preskače (1, 2, 2, 4).
and = i
footer_tool = Izradio
footer_criteria = datoteka kriterijuma
footer_inputs = ulazne datoteke
points_lost = Gde su bodovi izgubljeni
points = { $n } { PLURAL($n) ->
        [one] bod
        [few] boda
       *[other] bodova
    }
nothing_lost = Nijedan bod nije izgubljen.
score_breakdown = Raščlanjivanje rezultata
value = Vrednost
score = Rezultat
contribution = Bodovi
contributions_add_up = Bodovi svakog pokazatelja su njegov rezultat pomnožen težinom; bodovi tačno daju ukupni zbir.
evidence = Dokazi, red po red
place = Mesto u svesci
item = Stavka
result = Ishod
value_share = { $met } od { $rows }
value_weighted = po težini { $met } od { $rows }
source = Izvor
source_counts = vredi { $weight }
source_unverified = vredi 0: nije proveren
rests_on = Zasniva se na
observed_parts = { $observed } na dokazima iz posmatranja + { $declared } na prijavljenim dokazima
status_insufficient = Nedovoljno dokaza: { $rows } { PLURAL($rows) ->
        [one] red
        [few] reda
       *[other] redova
    }, potrebno { $min }. Dobija 0.
status_excluded = Nedovoljno dokaza: { $rows } { PLURAL($rows) ->
        [one] red
        [few] reda
       *[other] redova
    }, potrebno { $min }. Izostavljen; ostali pokazatelji dele njegovu težinu.
standing_ranked = { $rank }. od { $count } u kategoriji { $category }
standing_tied = { $rank }. od { $count } u kategoriji { $category }, izjednačeno
standing_excluded = nije rangiran: obavezan uslov nije ispunjen
standing_ineligible = nije rangiran: { $reason }
note_met = ispunjeno
note_not_yes = u koloni „{ $column }“ nije upisano „{ "da" }“
note_missing = „{ $column }“ nedostaje
note_late = verzije su objavljene u razmaku od { $hours } { PLURAL($hours) ->
        [one] sata
        [few] sata
       *[other] sati
    } (dozvoljeno najviše { $tolerance })
note_no_reply = nema odgovora (jezik: { $language })
note_reply_before_sent = vreme u koloni „{ $column }“ je pre slanja pitanja
note_reply_late = najsporiji odgovor stigao je { $hours } { PLURAL($hours) ->
        [one] sat
        [few] sata
       *[other] sati
    } kasnije od najbržeg (dozvoljeno najviše { $tolerance })
note_ratio = odnos „{ $column }“ prema prvoj verziji je { $ratio } (dozvoljeno od { $min } do { $max })
note_rating = „{ $column }“ je { $rating }, ispod { $min }
note_copy = „{ $column }“ ponavlja prvi tekst
note_status = { $status } (vredi { $credit })
date = { $day }. { $month } { $year }.
month_1 = januara
month_2 = februara
month_3 = marta
month_4 = aprila
month_5 = maja
month_6 = juna
month_7 = jula
month_8 = avgusta
month_9 = septembra
month_10 = oktobra
month_11 = novembra
month_12 = decembra
place_row = { $sheet }, red { $row }
quote = „{ $x }“
finding_S001 = ovo je fascikla, a ne datoteka radne sveske
finding_S002 = datoteka ne može da se otvori ({ $detail })
finding_S003 = datoteka je zip arhiva, ali ne i upotrebljiva radna sveska ({ $detail }); ponovo je sačuvajte iz programa za tabele
finding_S004 = radna sveska je zaštićena lozinkom; pošaljite je ponovo bez lozinke
finding_S005 = datoteka je prazna (0 bajtova), iako se njen naziv završava sa .{ $ext }
finding_S006 = datoteka nije tabela, iako se njen naziv završava sa .{ $ext }
finding_S007 = datoteka je zapravo tabela .{ $actual }, iako se njen naziv završava sa .{ $claimed }; pročitana je kao takva
finding_S008 = cev, utičnica ili uređaj nazvan kao radna sveska; ne otvara se (čitaju se samo obične datoteke)
finding_S010 = datoteka ima { $size } MB; ograničenje je { $limit } MB (povećajte ga opcijom { "--max-file-mb" })
finding_S011 = radna sveska ne može da se pročita ({ $detail }); otvorite je u programu za tabele i ponovo sačuvajte
finding_S012 = radna sveska ima { $count } { PLURAL($count) ->
        [one] list
        [few] lista
       *[other] listova
    }; ograničenje je { $limit }
finding_S013 = radna sveska ima više od { $limit } { PLURAL($limit) ->
        [one] popunjene ćelije
        [few] popunjene ćelije
       *[other] popunjenih ćelija
    } (povećajte ograničenje opcijom { "--max-cells" })
finding_S014 = list ne može da se pročita ({ $detail }); otvorite radnu svesku u programu za tabele i ponovo je sačuvajte
finding_S020 = radna sveska nema list Institucija (traženo: { $looked_for }; pronađeni listovi: { $found })
finding_S021 = list Institucija nema red „{ $labels }“ sa vrednošću
finding_S022 = nepoznata vrsta institucije „{ $kind }“; očekuje se jedno od: { $known }
finding_S023 = naziv institucije nedostaje na jednom jeziku (red „{ $labels }“)
finding_S024 = očekivan je datum podnošenja, pronađeno { $found }
finding_S025 = očekivana je godina izdanja, pronađeno { $found }
finding_S026 = radna sveska je za izdanje { $edition }; ovo ocenjivanje je za { $expected }
finding_S027 = opština mora da navede naziv svoje opštine (red „{ $labels }“): od nje zavisi koji su jezici obavezni; podnosilac nije rangiran
finding_S028 = „{ $municipality }“ nije opština iz datoteke o statusu jezika (najbliži poznati naziv: „{ $nearest }“); ne zna se koji su jezici obavezni, pa podnosilac nije rangiran
finding_S029 = opština „{ $municipality }“ se zanemaruje: za instituciju vrste „{ $kind }“ obavezni su albanski i srpski
finding_S030 = radna sveska nema list „{ $sheet }“; njegovi pokazatelji ne dobijaju dokaze
finding_S031 = list je sakriven; ipak je pročitan
finding_S032 = red sa zaglavljem nije pronađen u redovima od 1 do { $rows } (očekuju se nazivi kolona kao „{ $example }“); list ne daje dokaze
finding_S033 = kolona „{ $column }“ nedostaje u zaglavlju; njene ćelije se smatraju praznim
finding_S040 = ćelija prikazuje grešku { $error }
finding_S041 = „{ $column }“ je obavezno, ali je prazno
finding_S042 = očekuje se da ili ne ({ "yes/no" }, { "po/jo" }, { "da/ne" } ili { "x" } za „da“), pronađeno { $found }
finding_S043 = očekuju se datum i vreme (ćelija sa datumom ili tekst kao 2026-03-15 10:30), pronađeno { $found }
finding_S044 = očekuje se broj, pronađeno { $found }
finding_S045 = broj { $found } je ispod minimuma { $min }
finding_S046 = broj { $found } je iznad maksimuma { $max }
finding_S047 = očekuje se jedno od: { $choices }; pronađeno { $found }
finding_S050 = ID institucije „{ $id }“ podnet je i u { $file }, koja se računa (kasniji datum podnošenja ili kasniji naziv datoteke)
finding_S051 = vrsta „{ $kind }“ pripada kategoriji „{ $category }“, koju ocenjuje samo žiri: za nju se podnose nominacije, a ne radne sveske
finding_S052 = ID institucije „{ $id }“ pripada nominovanom kandidatu iz { $file } (red { $line }): nominovani ne podnose radnu svesku
finding_K001 = nije radna sveska (čitaju se samo { ".xlsx" }, { ".xlsm" }, { ".xls" } i { ".ods" })
finding_K002 = { "Excel" } datoteka zaključavanja (radna sveska je negde otvorena); sama radna sveska se čita
finding_K003 = fascikla; čitaju se samo datoteke neposredno u fascikli sa prijavama
finding_K004 = nije obična datoteka (cev, utičnica ili uređaj); ne otvara se
finding_S048 = ćelija sadrži formulu (={ $formula }) sačuvanu bez rezultata, pa se smatra praznom; otvorite radnu svesku u programu za tabele i ponovo je sačuvajte
finding_S015 = radna sveska bi se raspakovala na { $size } MB, više od ograničenja od { $limit } MB; možda je zip bomba
finding_S099 = radna sveska je izazvala otkaz čitača tabela; otvorite je u programu za tabele, ponovo sačuvajte i pošaljite
finding_J001 = list člana žirija nema list „{ $sheet }“ (pronađeni listovi: { $found }); pošaljite radnu svesku koju je napisao { "langaward jury-sheets" }
finding_J002 = nema ID-a člana žirija: list { "Juror" } ne navodi nijedan pored „{ "Juror ID" }“
finding_J003 = ID člana žirija „{ $id }“ nije na spisku članova žirija u datoteci kriterijuma ({ $known })
finding_J004 = računa se kasniji list člana žirija „{ $juror }“: { $file }
finding_J005 = list { "Marks" } nema kolonu „{ $header }“; zadržite red zaglavlja kako je napisan
finding_J006 = list je za izdanje { $edition }, kriterijumi za izdanje { $expected }
finding_J010 = ID institucije „{ $id }“ nije podnosilac prijave; red se ne računa
finding_J011 = kriterijum „{ $criterion }“ je nepoznat; red se ne računa
finding_J012 = ocena „{ $value }“ nije broj (očekuje se { $min } do { $max }, korak { $step }); ne računa se
finding_J013 = ocena { $value } je van skale { $min } do { $max }; ne računa se
finding_J014 = ocena { $value } nije na koracima skale ({ $min } do { $max }, korak { $step }); ne računa se
finding_J015 = sukob interesa „{ $reason }“ nije jedan od navedenih razloga; računa se kao „drugo“
finding_J016 = druga ocena za istog podnosioca i kriterijum (prva u { $first }); ne računa se
finding_J017 = „{ $id }“ je institucija samog člana žirija; njegove ocene za nju se ne računaju
finding_J018 = „{ $id }“ nije u kategoriji koju ovaj član žirija ocenjuje; red se ne računa
finding_J019 = „{ $id }“ nije rangiran (nije ispunio uslov ili nije prihvatljiv); red se ne računa
finding_J020 = { $count } { PLURAL($count) ->
        [one] red nema
        [few] reda nemaju
       *[other] redova nema
    } ni ocenu ni sukob interesa
finding_J021 = za „{ $id }“ je prijavljen sukob interesa; ocena se ne računa
finding_S016 = tekst je duži od { $limit } { PLURAL($limit) ->
        [one] znaka
        [few] znaka
       *[other] znakova
    }; ostatak se odbacuje
more_rows = … i još { $n } { PLURAL($n) ->
        [one] red koji ovde nije prikazan
        [few] reda koja ovde nisu prikazana
       *[other] redova koji ovde nisu prikazani
    }; svi redovi su u { "results.json" }.
finding_S017 = kontejner radne sveske je oštećen ({ $detail }); otvorite je u programu za tabele i ponovo sačuvajte
finding_S018 = list navodi redove { $rows } i kolone { $columns }, više ćelija od ograničenja { $limit } (povećajte ga opcijom { "--max-cells" })
finding_S019 = tabela deljenih niski navodi { $declared } { PLURAL($declared) ->
        [one] nisku
        [few] niske
       *[other] niski
    }, više nego što može da sadrži ili što dozvoljava { "--max-cells" } ({ $limit }); odbija se pre nego što im parser rezerviše mesto
method_owed = Proveravaju se samo jezici koje institucija duguje javnosti: albanski i srpski svuda, i ostali službeni jezici opštine.
method_owed_in_use = Proveravaju se samo jezici koje institucija duguje javnosti: albanski i srpski svuda, ostali službeni jezici opštine i, za ovaj kriterijum, jezici u službenoj upotrebi u opštini.
method_mixed = Natpis u kome neka reč meša latinična i ćirilična slova ne ispunjava uslov.
method_script_cyrillic = Tekst na srpskom mora biti napisan ćirilicom.
method_script_latin = Tekst na srpskom mora biti napisan latinicom.
method_script_either = Tekst na srpskom može biti na bilo kom pismu.
method_script_both = Tekst na srpskom mora biti na oba pisma.
method_order = Prvi napisani jezik mora biti jezik lokalne većine.
script_cyrillic = ćirilica
script_latin = latinica
script_mixed = mešana pisma
script_none = bez slova
note_script = „{ $column }“ je napisano pismom: { $found }, a traži se: { $expected }
note_script_missing = tekst na srpskom nije prikazan pismom: { $script }
note_mixed = u „{ $column }“, reč { $position } „{ $word }“ meša pisma (slova koja liče: { $letters })
note_order = { $found } je napisan prvi, a ovde se očekuje { $expected }
note_order_missing = nije navedeno koji je jezik napisan prvi, a ovde se očekuje { $expected }
note_lost_diacritics = „{ $column }“ piše „{ $found }“; verovatno „{ $intended }“
template_sheet = Uputstvo
template_deadline = Pošaljite popunjenu radnu svesku najkasnije do { $date }
template_intro = Popunite list Institucija i po jedan red za svaku uslugu, komunikaciju i natpis na listovima sa dokazima. Ne menjajte nazive listova ni zaglavlja.
template_column = Kolona
template_what = Šta se upisuje
template_required = Obavezno
template_text = tekst
template_yes_no = da ili ne (ili { "yes/no" }, { "po/jo" }; { "x" } za „da“)
template_date = datum i vreme, npr. 2026-03-15 10:30
template_number = broj
template_choice = jedno od: { $choices }
diff_title = Izdanje { $new } u poređenju sa { $old }
diff_fell = Raniji dobitnici nagrade čiji je nivo pao
diff_changes = Promena po instituciji
diff_change = Promena
diff_new = Novi podnosioci
diff_missing = Podnosioci kojih više nema
diff_none = Nijedan.
diff_differ = Dva izdanja su ocenjena različitim kriterijumima; ukupni rezultati nisu strogo uporedivi.
diff_renamed = ranije { $id }
diff_moved = Promene statusa (preporuke i drugi numerisani redovi)
diff_moved_row = { $id }: { $old } → { $new }
diff_moved_new = { $id } (nova): { $status }
tie_full_indicators = broj pokazatelja sa punim rezultatom
tie_jury = ocena žirija
outcome_title = Nagrada
no_award = Bez nagrade
award_pending = Čeka se na ocene žirija
jury_decides = Izjednačenje za poslednje mesto, odlučuje žiri: { $names }
close_result = Tesan rezultat: sledeći podnosilac zaostaje manje od { $margin } { PLURAL($margin) ->
        [one] boda
        [few] boda
       *[other] bodova
    }
robustness_title = Otpornost na izbor težina
robustness_about = { $draws } { PLURAL($draws) ->
        [one] izvlačenje
        [few] izvlačenja
       *[other] izvlačenja
    }; u svakom je svaka težina kriterijuma i pokazatelja promenjena do ±{ $weights } % i ponovo normalizovana; brojke su približne
robustness_settled = Glavnu nagradu dobija { $names } u { $share } % izvlačenja
robustness_contested = Glavna nagrada nije izvesna; dobijaju je: { $names }
robustness_contender = { $name } ({ $share } %)
robustness_no_award = Ni u jednom izvlačenju nema glavne nagrade
robustness_ranks = { $name }: medijana ranga { $median }, od { $low } do { $high } u 90 % izvlačenja; nivo ostaje isti u { $band } % izvlačenja
robustness_influence = Težina koja najviše menja poredak: { $weight }
tie_decided = Isti ukupni zbir kao i sledeći podnosilac; izjednačenje je rešeno prema: { $criterion }
provisional = Privremeno
provisional_short = privremeno
provisional_unread = kriterijumi daju žiriju { $jury }% ukupnog zbira, ali nijedna ocena žirija nije pročitana. Svaki ukupni zbir ispod je samo rezultat dokaza; ishod se može promeniti kada stignu ocene žirija.
provisional_awaiting = u kategoriji { $category } rangiranje čeka dovoljno ocena žirija za: { $names }; nagrada se može promeniti.
evidence_score = Rezultat dokaza
observed_short = Iz posmatranja
jury_score = Žiri (0–100)
jury_total_rule = Ukupno = { $evidence }% rezultata dokaza + { $jury }% ocene žirija.
jury_only_rule = Ovu kategoriju ocenjuje samo žiri: ukupan rezultat svakog nominovanog je ocena žirija (0–100); ne ocenjuje se nijedna radna sveska sa dokazima.
consensus_flag = sastanak za konsenzus
awaiting_count = Čekaju ocene žirija
awaiting_title = Još nisu rangirani (nedovoljno ocena žirija)
awaiting_pending_title = Još nisu rangirani (čekaju se ocene žirija)
awaiting_reason = premalo ocena žirija za { $criteria }
awaiting_pending = čekaju se ocene žirija
awaiting_criterion = { $criterion } ({ $count } od { $min })
standing_awaiting = još nije rangiran: nedovoljno ocena žirija
standing_pending = još nije rangiran: čekaju se ocene žirija
role = Uloga
role_submission = prijava
role_jury_sheet = list žirija
outcome_counted = ocene uračunate
outcome_counted_warned = ocene uračunate uz upozorenja
outcome_skipped_sheet = preskočeno (nije list žirija)
# results.xlsx: listovi, kolone i reči u ćelijama.
xlsx_sheet_ineligible = Bez prava na rangiranje
xlsx_sheet_inputs = Ulazne datoteke
xlsx_sheet_matrix = Nivoi po kriterijumu
xlsx_id = { "ID" }
xlsx_name_sq = Naziv na albanskom
xlsx_name_sr = Naziv na srpskom
xlsx_tied = Izjednačeno
xlsx_yes = da
xlsx_jury_flags = Oznake žirija
xlsx_status = Status
xlsx_award = Nagrada
xlsx_code = Šifra
xlsx_message = Poruka
xlsx_status_ranked = na rang-listi
xlsx_status_awaiting = čeka ocene žirija
xlsx_status_excluded = van rang-liste: obavezan uslov nije ispunjen
xlsx_status_ineligible = bez prava na rangiranje
xlsx_tied_for = izjednačenje za poslednje mesto ({ $tier }), odlučuje žiri
jury_files_summary = { $total } { PLURAL($total) ->
        [one] list žirija
        [few] lista žirija
       *[other] listova žirija
    }: { $counted } sa uračunatim ocenama, { $warned } sa ocenama uračunatim uz upozorenja, { $rejected } { PLURAL($rejected) ->
        [one] odbijen
        [few] odbijena
       *[other] odbijeno
    }, { $skipped } { PLURAL($skipped) ->
        [one] preskočen
        [few] preskočena
       *[other] preskočeno
    }.
jury_title = Žiri
jury_unread = Nijedna ocena žirija nije pročitana: svaki ukupni zbir je samo rezultat dokaza, a ishod je privremen.
jury_scale = Svaki član žirija ocenjuje svaki kriterijum od { $min } do { $max }.
jury_scale_step = Svaki član žirija ocenjuje svaki kriterijum od { $min } do { $max }, u koracima od { $step }.
jury_aggregate_mean = Ocena žirija za kriterijum je aritmetička sredina njegovih ocena.
jury_aggregate_median = Ocena žirija za kriterijum je medijana njegovih ocena.
jury_aggregate_trimmed = Ocena žirija za kriterijum je aritmetička sredina njegovih ocena; kada je broj ocena najmanje { $n }, najviša i najniža se prethodno odbacuju (odsečena aritmetička sredina).
jury_min_marks = Za svaki kriterijum broj ocena mora biti najmanje { $n }; podnosilac sa manje nije rangiran dok one ne stignu (nedovoljno ocena žirija).
jury_standardise_on = Ocene se standardizuju: ocene svakog člana žirija preračunavaju se prema srednjoj vrednosti i rasipanju svih ocena, tako da strog ili blag član žirija ima istu težinu kao ostali.
jury_standardise_off = Ocene se ne standardizuju: računaju se ocene svakog člana žirija onakve kakve jesu.
jury_consensus = Kada se ocene za jedan kriterijum razlikuju za više od { $spread } (najviša minus najniža), podnosilac ide na sastanak za konsenzus.
jury_recusal_rule = Ocene člana žirija za sopstvenu instituciju, ili za podnosioca sa kojim je prijavio sukob interesa, ne računaju se.
jury_weights = Konačni ukupni zbir čini { $evidence }% rezultata dokaza i { $jury }% ocene žirija.
jurors = Članovi žirija
juror = Član žirija
categories = Kategorije
jury_sheet = List
sheet_read = pročitan
sheet_read_from = pročitan ({ $file })
sheet_missing = list nije vraćen
sheet_not_read = nije pročitan
recusals = Izuzeća (sukobi interesa)
reason = Razlog
recused_where = Gde
recusal_from_criteria = spisak članova žirija u datoteci kriterijuma
conflict_professional = profesionalni sukob
conflict_personal = lični odnos
conflict_own = sopstvena institucija
conflict_other = drugo
conflict_own_words = { $reason }: „{ $note }“
consensus_title = Za sastanak za konsenzus
consensus_intro = Kriterijumi čije se ocene razlikuju za više od { $spread } između najviše i najniže.
marks = Ocene
spread = Raspon
insufficient_title = Nedovoljno ocena žirija
marks_count = { $count } { PLURAL($count) ->
        [one] ocena
        [few] ocene
       *[other] ocena
    } (potrebno najmanje { $min })
jury_none = Nema.
method_evidence = Rezultat dokaza je zbir težine svakog kriterijuma pomnožene njegovim rezultatom, zaokružen jednom; bodovi prikazani u svakoj kartici tačno daju taj zbir.
method_final = Konačni ukupni zbir je { $evidence }% rezultata dokaza plus { $jury }% ocene žirija. Oba dela se zaokružuju tako da tačno daju prikazani ukupni zbir. Uz težine 100 i 0, ukupni zbir bio bi samo rezultat dokaza.
method_final_evidence_only = Kriterijumi ne daju žiriju udeo u ukupnom zbiru (dokazi { $evidence }, žiri { $jury }): ukupni zbir je samo rezultat dokaza; ocene žirija se prikazuju i mogu samo da razreše izjednačenja.
method_category_weights = { $category }: ukupan rezultat je { $evidence }% rezultata dokaza plus { $jury }% ocene žirija.
method_jury_only = { $category }: samo žiri ocenjuje nominovane navedene u datoteci nominacija; svaki član žirija daje svakom nominovanom jednu ocenu, a ukupan rezultat je ocena žirija na skali od 0 do 100.
method_jury_score = Ocena žirija (od 0 do 100) primenjuje težine kriterijuma na objedinjenu ocenu svakog kriterijuma, preračunatu sa skale žirija od { $min } do { $max }.
jury_marks_title = Ocene žirija
jury_card_unread = Nijedna ocena žirija nije pročitana: ovaj ukupni zbir je samo rezultat dokaza i privremen je.
jury_card_awaiting = Nedovoljno ocena žirija: podnosilac se rangira kada svaki kriterijum ima najmanje { $min } { PLURAL($min) ->
        [one] ocenu
        [few] ocene
       *[other] ocena
    }; do tada je ukupni zbir samo rezultat dokaza.
jury_card_pending = Čekaju se ocene žirija: samo ocena žirija činiće ovaj ukupni rezultat.
made_of = Sastav
total_parts = { $evidence_part } ({ $evidence_weight }% rezultata dokaza { $evidence }) + { $jury_part } ({ $jury_weight }% ocene žirija { $jury }) = { $total }
total_jury_only = samo ocena žirija, { $total }
contributions_add_up_evidence = Bodovi svakog pokazatelja su njegov rezultat pomnožen težinom; bodovi tačno daju rezultat dokaza.
mark = Ocena
standardised = Standardizovana
counted = Uračunata
trimmed = odbačena pri odsecanju
aggregated = Ocena žirija
aggregate_mean = aritmetička sredina
aggregate_median = medijana
aggregate_trimmed = odsečena aritmetička sredina
no_marks = Nema ocena.
jury_warnings_title = Za proveru u spisku članova žirija
juror_institution_unknown = { $file }, red { $line }, kolona { $column }: član žirija { $juror } pripada instituciji „{ $institution }“, a to nije ID nijednog podnosioca prijave; zato taj član žirija nije izuzet od ocenjivanja sopstvene institucije.
juror_institution_nearest = Da li ste mislili na „{ $nearest }“?
juror_institution_absent = Ako se institucija ne prijavljuje u ovom izdanju, ništa ne treba ispravljati.

## Forms and validate

validate_accepted = { $file }: bila bi prihvaćena
validate_warned = { $file }: bila bi prihvaćena, uz upozorenja
validate_rejected = { $file }: bila bi ODBIJENA
validate_total = privremeni ukupni zbir: { $total } ({ $band })
validate_not_ranked = prijava ne bi bila rangirana: { $reason }
validate_gate = prijava ne bi bila rangirana: uslov `{ $gate }` nije ispunjen ({ $found } od { $min })
jury_sheet_marks = Ocene
jury_sheet_juror = Član žirija
jury_col_category = Kategorija
jury_col_institution_id = ID institucije
jury_col_institution = Institucija
jury_col_criterion = Kriterijum
jury_whole = U celini
jury_col_evidence = Rezultat dokaza
jury_col_mark = Ocena
jury_col_comment = Komentar
jury_col_conflict = Sukob interesa
jury_about_id = ID člana žirija
jury_about_name = Ime
jury_about_edition = Izdanje
jury_about_scale = Ocene
jury_about_how = Kako se popunjava
jury_sheet_scale = od { $min } do { $max }
jury_sheet_scale_step = od { $min } do { $max }, u koracima od { $step }
jury_how_to_fill = Jedna ocena po redu, u koloni „Ocena“. Za podnosioca koga ne možete nepristrasno da ocenite ostavite ocenu praznu i izaberite razlog pod „Sukob interesa“: vaše ocene za tog podnosioca se tada ne računaju. Ne menjajte ID člana žirija.

## What-if runs

what_if_intro = Proračun „šta ako“: { $n } { PLURAL($n) ->
        [one] izmena
        [few] izmene
       *[other] izmena
    } u datoteci kriterijuma:
what_if_older = Raniji rezultati potiču iz proračuna „šta ako“: { $n } { PLURAL($n) ->
        [one] izmena
        [few] izmene
       *[other] izmena
    } u datoteci kriterijuma:
what_if_newer = Noviji rezultati potiču iz proračuna „šta ako“: { $n } { PLURAL($n) ->
        [one] izmena
        [few] izmene
       *[other] izmena
    } u datoteci kriterijuma:
what_if_was = u datoteci: { $previous }
what_if_added = nije bilo u datoteci
what_if_note = Ovo nije rezultat izdanja.
what_if_sheet = Šta ako
what_if_path = Mesto u datoteci
what_if_value = Vrednost
what_if_previous = U datoteci kriterijuma
robustness_about_jury_split = I udeo žirija u ukupnom zbiru, u procentima, menjan je u svakom izvlačenju za najviše ±{ $points } { PLURAL($points) ->
        [one] poen
        [few] poena
       *[other] poena
    }, u granicama od 0 do 100; kategorija čiji je ukupni zbir samo rezultat dokaza ili samo ocena žirija zadržava svoju podelu
robustness_about_band_bounds = I svaka granica između dva nivoa pomerena je u svakom izvlačenju za najviše ±{ $points } { PLURAL($points) ->
        [one] bod
        [few] boda
       *[other] bodova
    }, a granice su ostale poređane; nivo ostaje isti kada ukupni zbir ostane u njemu po granicama tog izvlačenja
robustness_jury_split_weight = udeo žirija u ukupnom zbiru
