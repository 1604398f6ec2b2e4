"""From tagged sentences to proposed events: one per dated happening, with a title (`titles`), a
kind, a status, the actors, and the evidence sentence. Dates that tell no happening — deadlines,
points of comparison, the date of a closing attribution when another is left — give no event, and
a happening told twice in one article is one event.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from timeline_app.domain.vocab import EventKind, EventStatus
from timeline_app.domain.when import Precision, TimexError, When
from timeline_app.extraction.actors import Gazetteer, load_gazetteer
from timeline_app.extraction.candidates import Candidate
from timeline_app.extraction.coreference import IT_RAN_OUT, Antecedents
from timeline_app.extraction.counted_clauses import came_subject, counted_happenings, without_enclosed_relative
from timeline_app.extraction.counted_deadlines import dated_deadlines
from timeline_app.extraction.dateline import COLON_ENTRY_LABEL, DAY_HEADING, ENTRY_LABEL, SPEAKER_NAME, dateline_end
from timeline_app.extraction.foreign_dates import looks_ahead
from timeline_app.extraction.lexicon import FOREIGN_SINCE_WORDS, SINCE_WORDS
from timeline_app.extraction.people import article_people
from timeline_app.extraction.rules_named import HOLIDAY
from timeline_app.extraction.rules_relative import STAMP_UNDER_HEADING, opens_its_line
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal import clause_tense
from timeline_app.extraction.temporal_core import (
    BOUND_PREPOSITION,
    FORMER_PLAN,
    JOINED_CLAUSE_OPENING,
    MONTH_OF_CONTRACT,
    MONTH_OF_FIGURES,
    MOVED_FROM,
    PERIOD_BOUND_BEFORE,
)
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles import (
    ABSOLUTE_WITH,
    ABSOLUTE_WITH_GERUND,
    CLOCK_OF_THE_DAY_BETWEEN,
    CLOSING_SAYING_THAT,
    SentenceTitles,
    agreed_doing,
    attributes,
    be_for,
    document_language,
    ellipsis_filled,
    make_title,
    pronoun_as_subject,
    shorten_people,
    subject_of,
    tells_a_doing,
    zero_relative_before,
)
from timeline_app.extraction.vague_later import dated_laters
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    IRREGULAR_VERBS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    past_of_base,
    past_of_participle,
    saying_pasts,
    words_pattern,
)

#: A saying's verb in French, Spanish, Portuguese, Italian, German or Russian: "dijo", "a déclaré", "disse", "ha detto",
#: "sagte", "заявил".
_FOREIGN_SAYING = saying_pasts()
#: Kinds in order of precedence, each with the words that signal it in a title or sentence.
KIND_RULES: list[tuple[EventKind, re.Pattern[str]]] = [
    (EventKind.CALL, re.compile(r"\b(?:phone\s+calls?|tele(?:phone|phoned)|calls?\s+with|(?:spoke|spoken|talked|speaks|talks)\s+(?:(?:to|with)\s+(?:[\w.'’-]+\s+){1,5}?)?(?:by|over\s+(?:the|a))\s+(?:phone|hotline|telephone)|phoned|hotline\s+(?:call|conversation|talks)|phone\s+conversations?|video\s+call|held\s+(?:a\s+|separate\s+)?calls?"
                                # (a call in the other languages we read: "провел телефонный разговор", "s'est entretenu par
                                # téléphone", "telefonierte", "conversación telefónica", "telefonla görüştü")
                                r"|телефонн\w+\s+разговор\w*|по\s+телефону|телефонн\w+\s+розмов\w*|entretien\s+téléphonique|"
                                r"par\s+téléphone|telefonier\w*|Telefonat\w*|conversaci[óo]n\s+telef[óo]nica|llamada\s+telef[óo]nica|"
                                r"por\s+tel[ée]fono|telefonata|per\s+telefono|telefonema|telefonla)\b", re.I)),
    # (not one only sought: "calls for a ceasefire", "no progress towards a truce", "no ceasefire")
    (EventKind.CEASEFIRE, re.compile(r"\b(?<!\bfor\sa\s)(?<!towards\sa\s)(?<!toward\sa\s)(?<!\bno\s)"
                                     # (not a place named after one: "the truce village of Panmunjom", "the ceasefire line")
                                     # (nor a truce in a quarrel over trade: "the tariff truce", "a trade-war truce")
                                     r"(?:(?<!tariff\s)(?<!trade\s)(?<!trade-war\s)(?<!trade\swar\s)(?<!customs\s)"
                                     r"(?:cease-?fires?|truces?|armistices?)(?!\s+(?:village|line)\b)|halt\s+to\s+(?:the\s+)?fighting|cessation\s+of\s+hostilities"
                                     # ("agreed … to halt strikes on merchant ships": a ceasefire of a kind)
                                     r"|(?<=to\s)(?:halt|stop|cease|suspend)\s+(?:all\s+)?(?:strikes|attacks|hostilities|firing)"
                                     # French, German, Spanish, Russian, Turkish
                                     r"|cessez-le-feu|trêve|Waffenstillstand\w*|Waffenruhe|alto\s+el\s+fuego|cese\s+(?:al|del)\s+fuego|tregua"
                                     r"|прекращени\w+\s+огня|ateşkes\w*"
                                     # (Italian, Portuguese, and Russian's and Ukrainian's truce: "перемирие", "перемир'я")
                                     r"|cessate\s+il\s+fuoco|cessar-fogo|trégua|перемир\w*|припинення\s+вогню)\b", re.I)),
    # sanctions imposed over a war are sanctions: "approved a package of sanctions against Russia over its war"
    # (…and the European Union's "restrictive measures")
    (EventKind.SANCTION, re.compile(r"\b(?:impos|adopt|approv|announc|extend|renew|lift|eas|tighten|expand|unveil|widen|"
                                    r"slap|agree|prolong)\w*\s+(?:[\w-]+\s+){0,5}?(?:sanctions?|embargo|(?:punitive\s+)?measures\s+(?:on|against)|"
                                    r"restrictive\s+measures)\b"
                                    # (…and in the passive: "The sanctions were announced")
                                    r"|\b(?:sanctions|embargo)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
                                    r"(?:impos|adopt|approv|announc|extend|renew|lift|eas|tighten|expand|unveil|widen|agreed)\w*"
                                    # ("The measures, first imposed in July 2023": what is imposed as measures is a sanction)
                                    r"|\bmeasures\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:first\s+|initially\s+|originally\s+)?"
                                    r"(?:re)?imposed\b",
                                    re.I)),
    # (not an order, a law or a decree: "the home secretary signed the order six weeks later")
    # (nor one in the passive: "The law was signed by Goita")
    (EventKind.AGREEMENT, re.compile(r"\b(?<!\bbe\s)(?:(?:signed(?<!\blaw\swas\ssigned)(?<!\bbill\swas\ssigned)"
                                     r"(?<!\bdecree\swas\ssigned)(?<!\border\swas\ssigned)(?<!\blaws\swere\ssigned)"
                                     r"(?<!\bbills\swere\ssigned)(?<!\bdecree\ssigned)(?<!\blaw\ssigned)(?<!\bbill\ssigned)"
                                     r"(?<!\border\ssigned)(?<!\bdecrees\ssigned)(?<!\blaws\ssigned)|signing)(?!\s+(?:(?:the|an?|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}"
                                     # (…nor a doctrine, an edict or a measure: "signed a revised nuclear doctrine")
                                     r"(?:order|decree|law|bill|warrant|letter|petition|budget|doctrine|edict|ordinance|"
                                     r"directive|legislation|amendment|measure|executive\s+order)s?\b)|initial(?:l)?ed|ratified|"
                                     # (a chronology's present: "The leaders initial a peace text at the White House")
                                     r"(?:initials?|signs?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:text|deal|agreement|accord|"
                                     r"treaty|draft|declaration|memorandum)|"
                                     # ("The dialogue produced a first agreement")
                                     r"(?:produced|yielded|sealed|clinched)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                                     r"(?:agreement|deal|accord|treaty)|"
                                     # ("Erdogan brokered the Ankara Declaration", "the leaders adopted a joint declaration")
                                     r"(?:broker(?:ed|s|ing)?|mediated|adopted)\s+(?:an?\s+|the\s+)?(?:so-called\s+)?(?:[\w-]+\s+){0,3}?"
                                     r"(?:agreement|deal|accord|treaty|declaration|memorandum|pact|protocol)|"
                                     # (the signing in the other languages we read)
                                     r"(?:signature|firma|assinatura|Unterzeichnung)\s+(?:de\s+la|de\s+l['’]|del?|dell['’]|della|do|da|des|du|d['’]|der|des)\s*"
                                     r"(?:[\w-]+\s+)?(?:accord|déclaration|traité|acuerdo|declaración|tratado|accordo|dichiarazione|"
                                     r"trattato|acordo|declaração|Abkommens|Vertrags|Erklärung)|"
                                     r"firm(?:ó|aron)|(?<!decreto\s)(?<!\bley\s)(?<!decreto\sfue\s)(?<!\bley\sfue\s)firmad[oa]s?|acord(?:ó|aron)|acordou|acordaram|convinieron|(?:ont|a)\s+convenu|geeinigt|assinad[oa]s?|assinou|assinaram|firmat[oa]|sign[ée]e?s?|ont\s+sign[ée]|unterzeichne(?:t|ten)|подписал\w*|imzaladı\w*|conclude[sd]?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:agreement|deal|treaty|accord|pact|protocol|Plan\s+of\s+Action)\b|(?<!\bnon\s)concordat[oaie](?=\s+(?:[^.;,]{0,30}?\s)?(?:l['’]|il\s|la\s|un\s|una\s|uno\s|lo\s|i\s|gli\s|le\s))|(?<!\bno\s)concordaron|(?<!\bpas\s)(?<!\bno\s)(?<!\bnon\s)conclu(?:ent|t|ont|yen|yó|yeron|dono|sero|em|íram|iu)\s+(?:[^.;,]{0,30}?\s)?(?:l['’]|le\s|la\s|un\s|une\s|el\s|un\s|il\s|o\s)\s*(?:[\w'’-]+\s+){0,2}?(?:accord|traité|pacte|plan\s+d['’]action|acuerdo|tratado|pacto|accordo|trattato|acordo)|reached\s+(?:an?\s+)?(?:agreement|deal|understanding)|(?:understanding|accord)\s+(?:was|were)\s+reached|reached\s+the\s+(?:[A-Z][\w-]*\s+(?:(?:of|on|for)\s+)?){1,5}(?:Agreement|Accords?|Action|Deal|Treaty|Pact|Declaration|Framework|Understanding|Protocol)|agreed(?:,[^,]{1,60},|\s+in\s+principle)?\s+(?:on|to)|agreed\s+that\s+[^.;]{1,80}?\b(?:should|must|shall|would|will)\b|(?:peace\s+)?(?:agreement|accord|deal|treaty)(?:\s+(?:on|with|over|for)\s+[\w-]+)?\s+(?:was|were)\s+reached|(?<!not\s)(?<!never\s)(?<!\bto\s)accept(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:proposal|plan|deal|framework|terms|text)|(?:was|were|been|is|are)\s+(?:first\s+|finally\s+|already\s+|formally\s+|jointly\s+)?agreed\b|(?<!not\s)agree[sd]?\s+(?:at|in|during)\s+[^,.;]{1,60}?\s+(?:to\s+[a-z]+|on)\b|agreed?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:deal|agreement|accord|treaty|plan|framework|text|roadmap|declaration|memorandum|protocol)|(?<!could\s)(?<!would\s)(?<!will\s)(?<!\bto\s)(?<!\bcan\s)(?<!\bmay\s)(?<!might\s)(?<!should\s)(?<!\bnot\s)agrees?\s+(?:on|to)|(?:peace\s+)?(?:agreement|accord|treaty|deal|memorandum)\s+(?:was\s+)?signed|(?<!not\s)(?<!never\s)(?<!n't\s)signs?\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|treaty|declaration|memorandum|pact|commitments|protocol|roadmap)|(?:agreement|accord|treaty|deal)\s+(?:that\s+)?end(?:s|ed|ing)?\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|hostilities))\b", re.I)),
    # "…, Blinken said", also after an opening phrase that names the occasion ("Speaking to reporters
    # on Monday, Blinken said", "At a news conference, Putin said")
    (EventKind.STATEMENT, re.compile(r"^(?:(?:Speaking|Addressing|Talking|Writing|Responding|Answering|Asked|Briefing|"
                                     r"(?:At|In|During)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:news\s+conference|"
                                     r"press\s+conference|briefing|statement|interview|speech|address|remarks|post|video))"
                                     r"[^,]{0,80},\s*)?(?:[^,]{0,80}?|[^,]{1,40},\s+[^,]{1,40},\s+)\b(?<!-)(?:said|says|stated|announced|(?<!been\s)(?<!be\s)(?<!\bwas\s)(?<!\bwere\s)declared(?!\s+(?:in|by)\s)(?!\s+(?:independence|war|martial|a\s+state|an?\s+emergency|a\s+ceasefire|a\s+truce|an?\s+(?:[\w-]+\s+){1,2}(?:state|emergency|curfew|ceasefire|truce)))|argued|insisted|stressed|"
                                     r"reiterated|vowed|pledged|called\s+on|called\s+for|calls\s+for|"
                                     # (…or named a thing in quoted words: "called the agreement \"a first step\"")
                                     r"(?:called|calls|described|describes|hailed|branded|dubbed)\s+(?:[\w'’-]+\s+){1,4}?"
                                     r"(?:as\s+)?[\"“‘']|urged|warned|condemned|accused|denied|demanded|rejected(?!\s+by\b)(?!\s+(?:[\w.'’-]+\s+){0,5}?(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:referendum|plebiscite|vote|ballot|poll)\b)|welcomed|confirmed(?=\s+that\b)|acknowledged|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)admitted(?!\s+(?:to|into|as)\b)|critici[sz]ed(?!\s+(?!(?:the|a|an|his|her|its|their|him|them|it|this|that|these|those)\b)[a-z])|issued\s+a\s+statement|(?:told|tells)\s+(?:reporters|journalists|a\s+news\s+conference|parliament|lawmakers)|"
                                     r"(?:told|tells)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,5}that"
                                     # (…and the sayings of the other languages we read: "El ministro dijo que…", not a
                                     # state declared: "declaró el estado de emergencia", "a déclaré l'état d'urgence")
                                     rf"|(?:{_FOREIGN_SAYING})(?!\s+(?:el\s+estado|l['’]état|o\s+estado|lo\s+stato|den\s+"
                                     r"(?:Notstand|Ausnahmezustand)|la\s+(?:ley\s+marcial|loi\s+martiale|guerra|guerre|"
                                     r"independencia|indépendance)|l['’]indépendance|a\s+independência)\b))\b", re.I)),
    # talks held with rebels are talks: "Qatar has been hosting talks between Kinshasa and the rebels"
    (EventKind.TALKS, re.compile(r"\b(?:hold|held|holds|holding|host|hosts|hosted|hosting|resum\w+|open\w*|began|begin\w*|"
                                 r"start\w*)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations|summit|sessions?|"
                                 # ("hosted a conference on the war": a conference, whatever it is on)
                                 r"(?<!news\s)(?<!press\s)conference)\b"
                                 # (what leaders discuss is talks, whatever it is about: "would discuss … U.S. troops")
                                 r"|\b(?:leaders|ministers|presidents|sides|delegations|envoys|counterparts?)\s+(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:discuss(?:es|ed)?|to\s+discuss)\b", re.I)),
    # (people who vote in a ballot, whatever forces or wars the sentence names: "Security forces and displaced people voted",
    # "Iraqis voted in the sixth election since the 2003 invasion"; not a body's vote to or on something)
    (EventKind.ELECTION, re.compile(r"^(?:[\w'’.,-]+\s+){1,6}?(?:voted|cast\s+(?:their\s+)?ballots|went\s+to\s+the\s+polls)"
                                    r"(?!\s+(?:to|on|for|against|down|through|unanimously|overwhelmingly)\b)")),
    (EventKind.MILITARY_ACTION, re.compile(r"\b(?:(?<!pre-)(?<!post-)(?<!anti-)(?<!prisoners\sof\s)(?<!prisoner\sof\s)(?<!-)(?<!Cold\s)(?<!cold\s)(?:war|wars)(?!-(?:risk|time)\b)(?![\"”]?\s+on\s+(?:drugs|crime|corruption|poverty|inflation|narcotics|gangs|cartels|disinformation)\b)|(?:counter-?)?offensive|attack(?:s|ed)?|(?<!-)(?<!\bin\s)(?<!\binto\s)operation|occup(?:ies|y|ation)|(?<!\bthe\s)(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bacross\s)occupied|liberat(?:ed|es)|(?!(?-i:Shell)\b)shell(?:ed|ing|s)?|clash(?:es|ed)?|fighting|(?<!\bbe\s)fought(?!-)|troops|(?<!general\s)(?<!hunger\s)(?<!labour\s)(?<!labor\s)(?<!workers'\s)(?<!national\s)(?<!teachers'\s)strikes?(?!\s+action)|airstrikes?|air\s+campaigns?|invad(?:ed|es)|invasion|massacres?|bomb(?:ing|s|ers?)?|(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)bombed|(?<!\bto\s)kill(?:ed|s)?|(?:mass|wave\s+of|spate\s+of)\s+killings|overr(?:an|uns?|unning)|(?:falls|fell|fallen)\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*|rebels|troops|forces|fighters|militants|insurgents)|military(?!-(?:led|run|backed|ruled|dominated|appointed)\b)(?!\s+(?:government|junta|rulers?|leaders?|council|regime|authorities|officials?|officers?|delegations?|delegates|representatives|talks|spokes(?:man|woman|person)|chiefs?|commanders?|attach[eé]|courts?|aid|budget|spending|air\s+base|bases?|planes?|aircraft|airport|transport|flights?|hospital|academy|parade|cemetery|band|uniforms?|agreements?|accords?|pacts?|deals?|cooperation|ties|hotline)\b)(?!\s+(?:Tribunal|Court|Academy|Commission|Committee)\b)(?!\s*(?:…|$))|soldiers|(?<!former\s)(?:fighters|militants|militias?|militiamen)|seiz(?:ed|es|e)|captur(?:ed|es|e)|retak(?:es|en|e)|retook|recaptur(?:ed|es|e)|invade|annex(?:ed|ation)|annexes(?!\s+(?:of|to)\b)|encircl(?:ed|es|ing|ement)|besieg(?:ed|es|ing)|shot\s+down|missiles?|rockets?|mortars?|artillery|drones?|fir(?:ed|ing|es)\s+(?:at|on|into|across)|(?<!custody\s)(?<!legal\s)(?<!court\s)(?<!courtroom\s)(?<!political\s)(?<!budget\s)(?<!bidding\s)(?<!takeover\s)(?<!proxy\s)battle|conflict|conflicto|conflit|conflitto|conflito|Konflikt|конфликт\w*|конфлікт\w*|erupted|flared|hostilities|coups?|overthr(?:ew|own|ows?)|toppl(?:ed|es|ing)|deposed|rebels?(?!\s+(?:groups?|movements?|alliances?|coalitions?|leaders?|commanders?|chiefs?|delegations?|delegates|negotiators?|representatives?|spokes\w+)\b)|insurgents?|raid(?:ed|s)?|ambush(?:ed)?|siege|uprising|storm(?:s|ed|ing)\s+(?:the\s+)?(?:(?-i:[A-Z])\w*|(?:[\w-]+\s+){0,2}?(?:palace|parliament|capital|camp|city|town|base|compound|embassy|building|prison|village|airport|headquarters)\b)|gunfights?|firefights?|shoot-?outs?|gunned\s+down|shot\s+dead|incursions?|gun\s+battles?|gunmen|gunfire|cross-border\s+fire|warships?|aircraft\s+carriers?|destroyers|frigates|exchang\w*\s+(?:of\s+)?fire|barrages?|bombardments?|salvos?|volleys?"
                                           r"|(?<!\bdeal\s)(?<!\bagreement\s)(?<!\baccord\s)(?<!\bbargain\s)(?<!\bcompromise\s)"
                                           r"struck(?!\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord|bargain|compromise|balance|note|tone|chord))(?!\s+(?:oil|gas|gold))(?!\s+down\s+(?!(?:a|an|the|two|three|\d+)\s+(?:\w+\s+)?(?:drones?|planes?|jets?|aircraft|missiles?|helicopters?)))"
                                           # (an armed group or an army taking a place: "The RSF takes El Fasher", "the army took
                                           # Bakhmut"; not "the EU takes Hungary to court")
                                           r"|(?-i:\b(?:RSF|M23|SDF|HTS|ISIS|PKK|ELN|FARC|TPLF|JNIM|Houthis|Taliban|Hamas|Hezbollah|"
                                           r"[Aa]rmy|[Jj]unta|[Mm]ilitary))\s+(?:takes|took|(?:has|have|had)\s+taken)\s+(?:full\s+)?"
                                           r"(?:control\s+of\s+)?(?:the\s+(?:city|town|capital|base)\s+of\s+)?(?-i:[A-Z])\w+(?!\s+to\s+court)"
                                           # (a ship or a building hit: "a third ship was hit", not "hit a record")
                                           r"|(?:ships?|vessels?|tankers?|convoys?|buildings?|hospitals?|schools?|plants?|stations?|"
                                           r"bases?|depots?|refiner(?:y|ies)|ports?|bridges?|substations?)\s+(?:was|were|(?:had|has|have)\s+"
                                           r"been)\s+hit\b"
                                           # ("Russian forces approached", "security forces fired": not "market forces")
                                           r"|(?:(?<=[a-z](?:an|sh|se)\s)|(?<=[a-z][a-z]i\s))forces|(?:U\.S\.|US|UN|U\.N\.|NATO|armed|security|government|"
                                           r"rebel|opposition|paramilitary|ground|special|allied|coalition|enemy)\s+forces"
                                           r"|(?<!court\s)(?<!courts\s)(?<!judge\s)(?<!judges\s)intervened(?!\s+(?:in|with)\s+(?:the\s+)?(?:talks|negotiations|dispute|case|court))"
                                           r"|guerre|attaque|offensive|bombardement\w*|envahi\w*|attaqu[ée]\w*|bombard[ée]\w*|frappes?|combats"
                                           # (armies fighting each other: "s'étaient affrontés", "se enfrentaron", "kämpften")
                                           r"|(?:s['’]|se\s+)(?:(?:étaient|sont|était|est)\s+)?affront[ée]\w*|affrontements?|se\s+enfrent(?:aron|ó)|"
                                           r"enfrentamientos?|kämpften|scontrat[io]|combattut[oaie]|combattu(?:e?s)?|combati(?:eron|ó)|combateram|combateu"
                                           # (seizing a town: "s'est emparé de Goma", "se apoderó de", "eroberte", "захватил")
                                           r"|(?:s['’]est|se\s+sont)\s+emparée?s?|(?:a|ont)\s+repris\s+(?:le\s+contrôle|la|le|les|l['’])|se\s+apoder(?:ó|aron)|"
                                           r"tom(?:ou|aram|ado|ó|aron)\s+(?:a|la|el|o)\s+(?:cidade|ciudad|capital|vila|pueblo)|"
                                           r"erober(?:te|ten|t)|захватил\w*"
                                           # (seizing power, as "seized power" is in English: "ont pris le pouvoir", "un coup
                                           # d'État", "un golpe de Estado", "ein Putsch")
                                           r"|(?:ont|a|avaient|avait)\s+pris\s+le\s+pouvoir|coups?\s+d['’][ÉEée]tat|golpes?\s+de\s+[Ee]stado"
                                           r"|putsch\w*"
                                           # (…and overthrowing a ruler: "renversé par sa garde", "fue derrocado", "foi
                                           # derrubado", "wurde gestürzt", "rovesciato")
                                           r"|renvers(?:é|ée|és|ent|ait|aient|er|a)(?=\s+(?:par|le\s+(?:président|régime|gouvernement|"
                                           r"chef|pouvoir|roi|dirigeant|Premier)|la\s+(?:présidente|junte|monarchie))\b)"
                                           r"|derroc\w+|derrub(?:ado|ada|ou|aram|ar)|"
                                           r"gestürzt|stürzten|rovesciat[oa]|deposto|déposé"
                                           # (…and an operation of the other languages: "lance l'opération Serval")
                                           r"|(?<!\sen\s)opération|operaci[óo]n|operação|operazione"
                                           r"|Krieg(?:e|es|en)?|Angriff\w*|Offensive|Luftangriff\w*|Kämpfe\w*|bombardeos?|combates"
                                           r"|Drohnen\w*|Raketen\w*|beschossen|Beschuss|Schusswechsel\w*|Gefecht\w*|беспилотник\w*|дрон\w*|ракет\w*|droni|missili"
                                           r"|scontri|attacc\w+|bombardament\w+|offensiva|combattimenti|bombardeament\w+|confrontos"
                                           r"|обстріл\w*|удар\w*|наступ(?:у|ом|і|ають|али)?(?!\w)"  # (not "наступний", next)
                                           r"|überf(?:allen|iel)|angegriffen|einmarschiert|guerra|ataque\w*|ofensiva|invadi[óo]|atac(?:[óo]|ar|aron|aban|ando|ou|aram)"
                                           # (the invasion's noun: "l'invasione russa", "la invasión rusa", "a invasão", "вторжение")
                                           r"|invasione|invasi[óo]n|invasão|Invasion|вторжени\w*"
                                           r"|войн\w*|наступлени\w+|атак\w+|обстрел\w*|savaş\w*|saldırı\w*|operasyon\w*)\b", re.I)),
    # (not an adjective of what else was done: "overthrew the elected government")
    (EventKind.ELECTION, re.compile(r"\b(?:elections?(?!\s+(?:law|laws|code|rules|commission|commissioners?|authority|board|"
                                    r"officials?|observers?|monitors?|system|reform)\b)|referand\w*|(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\blast\s)(?<!\bthe\sfirst\s)(?<!\bits\sfirst\s)(?<!\btheir\sfirst\s)(?<!\ba\sfirst\s)(?<!\bonly\s)(?<![a-z]\sthe\snewly\s)(?<![a-z]\sa\snewly\s)(?<!\bdemocratically\s)(?<!\bfreely\s)elected|re-elected|(?<!-)elects?\b|round\s+of\s+(?:voting|polling)|run-?offs?|(?:early|snap)\s+(?:polls|vote)|"
                                    r"(?:presidential|parliamentary|legislative|general|local|municipal|regional|mayoral)\s+(?:vote|polls?|ballot)(?!\s+(?:on|over)\s)|"
                                    # (not a chamber's: "a vote in the House is expected")
                                    r"vote[sd]?\s+(?:in(?!\s+favou?r)(?!\s+(?:the\s+)?(?:House|Senate|[Pp]arliament|Congress|"
                                    r"Bundestag|Knesset|Duma|[Aa]ssembly|[Cc]ouncil|[Cc]hamber|[Cc]abinet|committee)\b)|for)|(?:polls?|polling\s+stations?)\s+(?:(?:were|are|is|was)\s+(?:due\s+)?to\s+|will\s+)?(?:open(?:s|ed)?|close[sd]?)|"
                                    r"voting\s+(?:began|begins|ended|ends|opened|closed|got\s+under\s+way)|"
                                    # ("campaigning officially begins the following day", "the election campaign opened")
                                    r"(?:campaigning|(?:election|electoral)\s+campaign)\s+(?:will\s+)?(?:officially\s+)?(?:began|begins?|"
                                    r"opens?|opened|ends?|ended|closes?|closed|kicks?\s+off|kicked\s+off)|"
                                    # ("Voters in Honduras go to the polls on Sunday")
                                    r"(?:go|goes|went|going|headed|head|heads)\s+to\s+the\s+polls|"
                                    # ("won 55 of the 101 seats", "won 12 seats in parliament")
                                    r"(?:won|wins|win|lost|loses|secured|took)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:the\s+)?\d+\s+)?"
                                    r"(?:parliamentary\s+)?seats\b|"
                                    # ("holds its own primary": a party's vote, not a primary goal)
                                    r"(?:hold|holds|held|holding)\s+(?:its|their|the|a)\s+(?:own\s+|presidential\s+|party\s+)?primar(?:y|ies)\b|"
                                    r"referendums?|plebiscites?|ballots?|recall\s+(?:votes?|elections?)|won\s+(?:an?\s+|the\s+)?(?:outright\s+|absolute\s+|parliamentary\s+|overall\s+)?majority|"
                                    # French, German, Spanish, Russian, Turkish
                                    r"élections?|scrutin|(?<!garde\s)présidentielle|législatives|référendums?|referéndums?|referend[ao]s?|\w*[Ww]ahl(?:en)?|Abstimmung|"
                                    r"Volksabstimmung|elecci[oó]n(?:es)?|eleiç(?:ão|ões)|elezion[ei]|comicios|выбор\w*|вибор\w*|референдум\w*|seçim\w*|"
                                    # (a runoff: "segunda vuelta", "second tour", "ballottaggio", "segundo turno", "Stichwahl")
                                    r"segunda\s+vuelta|second\s+tour|secondo\s+turno|ballottaggio|segundo\s+turno|segunda\s+volta|"
                                    # (their verbs of electing, not the adjective: "eligió a un gobernador", "a élu un
                                    # gouverneur", "ist zum Präsidenten gewählt worden", not "le gouvernement élu")
                                    r"eligi(?:ó|eron)|elegeu|elegeram|elesse(?:ro)?|wählte[n]?|(?:a|ont|avait|avaient)\s+élu|"
                                    r"(?:ha|hanno|aveva|avevano)\s+eletto|(?:fue|fueron|ha\s+sido|a\s+été|ont\s+été|est|è\s+stat[oa]|"
                                    r"foi|foram)\s+(?:elegid[oa]s?|élue?s?|elett[oa]|eleit[oa]s?)|gewählt\s+(?:wurde|worden)|"
                                    # "Voters in Venezuela have backed a plan…": what the voters did is the vote
                                    r"voters\s+(?:[\w-]+\s+){0,4}?(?:(?:have|had)\s+)?(?:backed|approved|rejected|"
                                    r"chose|endorsed|turned\s+out|went\s+to\s+the\s+polls|cast))\b", re.I)),
    (EventKind.SANCTION, re.compile(r"\b(?:sanctions?|sanctioned|embargo|asset\s+freeze|blacklist(?:ed)?|snap-?back|"
                                    # (…and in the other languages we read: "Sanktionspaket", "sanciones", "санкции")
                                    r"sanci[oó]n(?:es)?|sanzion[ei]|sanç(?:ão|ões)|Sanktion\w*|санкци\w*|yaptırım\w*|"
                                    # ("banning imports of Russian liquefied natural gas", "an import ban")
                                    r"ban(?:s|ned|ning)?\s+(?:on\s+)?(?:all\s+)?(?:[\w-]+\s+){0,4}?(?:imports|exports)|(?:import|export)\s+bans?"
                                    # (…or on dealings and arms: "the ban on transactions with the listed vessels", "an arms ban")
                                    r"|ban(?:s|ned|ning)?\s+on\s+(?:all\s+)?(?:[\w-]+\s+)?(?:transactions|dealings|trade|arms|weapons|"
                                    r"flights|travel)|arms\s+(?:ban|embargo))\b", re.I)),
    # (not crowds arriving: "more than 60,000 people have arrived in Italy", "migrants arrived at the border")
    (EventKind.VISIT, re.compile(r"\b(?:visit(?:s|ed|ing)?|is\s+(?:due|expected|set|scheduled)\s+to\s+arrive\s+(?:in|at)|(?<!people\shave\s)(?<!people\s)(?<!migrants\s)(?<!migrants\shave\s)"
                                 r"(?<!refugees\s)(?<!refugees\shave\s)arrived\s+(?:in|at)(?!\s+(?:the\s+)?(?:early|late|mid|\d|(?-i:January|February|March|April|May|June|July|"
                                 r"August|September|October|November|December|spring|summer|autumn|fall|winter)\b))|(?:landed|lands|flew)\s+(?:in|into)\s+(?-i:[A-Z])\w*|(?<!not\s)(?<!never\s)travel(?:s|l?ing|l?ed)\s+to|(?:will|would|could|can|may|might|should|must|to)\s+(?:then\s+|also\s+|first\s+)?travel\s+to|trip\s+to|toured"
                                 # (French, Spanish, Italian, Portuguese, German, Russian, Turkish)
                                 r"|visit[ea]|visitó|visitou|besuch\w*|визит\w*|посети[лт]\w*|посетят|відвіда\w*|візит\w*|ziyaret\w*)\b", re.I)),
    # ("The OSCE Ministerial Council will take place in Vienna": a gathering that takes place is a meeting)
    (EventKind.TALKS, re.compile(r"\b(?:council|summit|conference|forum|session|assembly|ministerial|talks|meeting)\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:will\s+)?(?:take|takes|took|taking|taken)\s+place\b"
                                 # (…and in the other languages: "La conferenza si terrà a Roma", "le sommet aura lieu")
                                 r"|\b(?:conferenza|conférence|conferencia|conferência|cumbre|sommet|vertice|cimeira|konferenz|"
                                 r"gipfel|riunione|réunion|reunión|reunião)\s+(?:[\w'’-]+\s+){0,3}?(?:si\s+terr[àa]|si\s+è\s+tenut[ao]|"
                                 r"se\s+tiendra|s['’]est\s+tenue?|se\s+celebrar[áa]|se\s+celebró|se\s+realizar[áa]|ter[áa]\s+lugar|"
                                 r"aura\s+lieu|a\s+eu\s+lieu|tendr[áa]\s+lugar|avr[àa]\s+luogo|findet|fand)\b", re.I)),
    (EventKind.TALKS, re.compile(r"\b(?:(?:meet|meets|(?<!\bbeen\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bfully\s)(?<!\bnot\s)met)"
                                 # (…nor an active one: "only a third of the allies met it", "failed to meet the target")
                                 r"(?!\s+(?:it\b|(?:the|its|their|this|that|a|an|all|every)\s+(?:[\w%.,-]+\s+){0,2}?(?:targets?|goals?|"
                                 r"deadlines?|criteri\w+|demands?|requirements?|standards?|thresholds?|obligations?|commitments?|"
                                 r"conditions?|benchmarks?|expectations?|needs|quotas?|pledges?)\b))|"
                                 # (not a passive's fulfilling: "commitments had been fully met", "demands were met")
                                 r"meetings?|talks|dialogue|conven(?:e|es|ed|ing)|"
                                 # ("Putin will receive Witkoff in Moscow", "received his Turkish counterpart")
                                 r"(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)receiv(?:e|es|ed|ing)\s+(?:(?-i:[A-Z][a-z]+|U\.S\.)\s+)*(?:(?-i:[A-Z][a-z]+)\b(?!['’]s|\s+(?!(?:in|at|on|for|to|and|with|during|after|before|last|this|next|"
                                 r"early|late|when|as)\b)(?-i:[a-z]))|"
                                 r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:counterparts?|envoys?|delegations?|president|"
                                 r"prime\s+minister|foreign\s+minister))|"
                                 # ("NATO foreign ministers gather for two days"; not "crowds gathered")
                                 r"(?:ministers|leaders|envoys|delegates|diplomats|negotiators|mediators)\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"(?:will\s+)?gather(?:s|ed|ing)?|(?:council|committee|commission|forum|assembly)\s+(?:is\s+)?to\s+be\s+(?:held|convened|hosted)|(?-i:received\s+(?:the\s+)?(?:visiting\s+)?(?!(?:Memorial|Counter-Memorial|Reply|Rejoinder|Report|Letter|Request|Application|Note|Order|Statement|Declaration|Resolution)\b)[A-Z]\w*)|negotiat(?!ors?\b)\w*|reconven\w+|summits?|brief(?:ed|s|ing)|(?<=\bto\s)brief|(?<=\bwill\s)brief|round\s+of|delegations?|conference|consultations?|discuss(?:ed|ions?)?"
                                 r"|rencontr\w+|réunions?|négociations?|pourparlers|sommet|assises|délégations?|delegaci(?:ón|ones)"
                                 r"|se\s+sont\s+retrouvée?s?|\w*[Gg]espräch\w*|\w*[Vv]erhandlung\w*|trafen|Treffen|Gipfel\w*"
                                 # ("mit den Staats- und Regierungschefs … beraten", "Beratungen")
                                 r"|berat(?:en|ung\w*)|berieten|beriet|tagte|tagten"
                                 # ("haben sich in Genf getroffen" met; "haben ein Kraftwerk getroffen" hit)
                                 r"|zusammengetroffen|sich\s+(?:[\w-]+\s+){0,8}?getroffen|(?<=a\s)reçu|(?<=ont\s)reçu|empfangen"
                                 r"|colloqui|negoziat\w+|vertice|incontr[oi]|incontrat[oaie]|incontrer(?:à|anno)|conversações|conversas|negociações|cimeira|diálogo|"
                                 r"зустріч\w*|зустрі[вл]\w*|засіданн\w*"
                                 # (the gathering's verb: "si riunirà", "se réunira", "kommen … zusammen")
                                 r"|riuni\w+|réuni(?:ra|ront|ssent|s|es)\b|kommen\s+(?:[\w-]+\s+){0,6}?zusammen|kommt\s+(?:[\w-]+\s+){0,6}?zusammen"
                                 r"|bir\s+araya\s+gel\w*"  # (Turkish: "bir araya geldi", met)
                                 r"|reuni(?!t)\w+|negociaci\w+|cumbre|conversaciones|diálogos?|переговор\w*|перемовин\w*|консультаци\w*|встрет\w+|встреч\w+|саммит\w*|заседани\w+|görüş\w+|müzakere\w*|zirve\w*"
                                 r"|toplantı\w*)\b", re.I)),
    # ("Mediators presented a proposal for the second phase of the agreement": an offer put on the table is a step of
    # talks, whatever deal it is for)
    (EventKind.TALKS, re.compile(r"\b(?:present|submit|table|put\s+forward|hand|deliver|send|sent)\w*\s+(?:over\s+)?"
                                 r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|counter-?proposals?|offer|"
                                 r"counter-?offer|draft|response|reply|plan)\b", re.I)),
    # (not "de acuerdo con", "de acordo com", "d'accord", "d'accordo": "according to", "agreed")
    (EventKind.AGREEMENT, re.compile(r"\b(?:(?:tariff|trade|trade-war|customs)\s+truces?|agreements?|(?<!d['’])accord|accords|treaty|treaties|deals?|(?<=\s)annex(?=\s*(?:[,.;]|$|\s+(?:to|on|of|was|were|is|had|has)\b))|pacts?|memorand(?:um|a)|intesa|traités?|\w*[Aa]bkommen|\w*[Vv]ertrag|\w*[Vv]ereinbarung(?:en)?|"
                                     r"acuerdos|acordos|(?<!\bde\s)acuerdo|acuerdo(?!\s+con\b)|(?<!\bde\s)acordo|acordo(?!\s+com\b)|"
                                     r"(?<!d['’])accordo|accordi|tratados?|trattat[oi]|"
                                     r"соглашени\w*|договор\w*|угод[аиуоіь]\w*|anlaşma\w*|mutabakat\w*)\b", re.I)),
    (EventKind.STATEMENT, re.compile(r"\b(?<!-)(?:(?<!\bwithout\sa\s)(?<!\bwithout\sany\s)(?<!\bwithout\sa\sjoint\s)statement|said|announced|replied|responded|retorted|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)declared(?!\s+(?:in|by)\s)(?!\s+(?:independence|war|martial|a\s+state|"
                                     # ("declared a 60-day state of emergency": a measure, no statement)
                                     r"an?\s+emergency|an?\s+(?:[\w-]+\s+){1,2}(?:state|emergency|curfew|ceasefire|truce)))|readout|spokes(?:man|woman|person))\b", re.I)),
]
#: (a claim as a noun is no hedge: "China's claims to most of the sea", "Greek claims to the continental shelf")
_CLAIMED = re.compile(r"\b(?:reportedly|allegedly|purportedly|(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bhis\s)"
                      r"(?<!\bher\s)(?<!\bterritorial\s)claim(?:ed|s)\s+(?:that\b|to\b(?!\s+(?:the|a|an|its|their|his|her|most|"
                      r"much|all|parts?|sovereignty|ownership)\b))|unconfirmed|(?:is|are|was|were)\s+(?:said|believed|thought|"
                      r"suspected|alleged)\s+to)\b", re.I)


#: A truce named as what fighting broke: "Fighting resumes, shattering the five-month truce" tells
#: fighting, not a ceasefire (but a war that "ended with a ceasefire" ended in one).
#: A truce named only as what a happening defies: "Despite the ceasefire that has held for two years", "Trotz der …
#: geltenden Waffenruhe", "Malgré le cessez-le-feu", "Pese a la tregua".
_DESPITE_A_TRUCE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding|trotz|malgré|pese\s+a|a\s+pesar\s+de|nonostante|"
                              r"apesar\s+d[aoe])\s+[^,;]{0,80}?(?:ceasefire|cease-fire|truce|Waffenruhe|Waffenstillstand|"
                              r"cessez-le-feu|trêve|alto\s+el\s+fuego|tregua|cessate\s+il\s+fuoco|cessar-fogo)\b"
                              r"(?:\s+(?:that|which|die|der|qui|que|che)\b[^,;]{0,60})?", re.I)
_TRUCE_BROKEN = re.compile(r"\b(?:shatter\w*|br(?:oke|eak\w*)|violat\w*|collaps\w*|end(?:ed|ing|s)?)\s+(?!with\b)(?:(?:the|a|an|its|their)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce)s?\b", re.I)


#: A saying inside a noun's clause, not the sentence's: "boats it says carried drugs".
_EMBEDDED_SAYING = re.compile(r"(?<=[a-z]\s)(?:it|they|he|she|we)\s+(?:says?|said|claims?|claimed)\s+(?=[a-z])"
                              # "a speedboat that the administration said was operated by a gang": the same
                              r"|(?<=\bthat\s)(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says?|said|claims?|claimed)\s+"
                              r"(?=(?:was|were|is|are|had|has|would)\b)"
                              # "after an election the opposition says it won": a noun's zero relative
                              r"|(?<=[a-z]\s)the\s+[a-z][\w-]+\s+(?:says?|said|claims?|claimed)\s+(?=(?:it|they|he|she)\s+[a-z])")
#: What a candidate ran on: "on a platform of resuming talks", "on a pledge to end the war".
_PLATFORM = re.compile(r"\bon\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:platform|pledge|promise|ticket|mandate)\s+"
                       r"(?:of|to)\b[^,;.]*", re.I)
#: A news conference told something: "told a news conference in the capital that…" is a saying, no talks.
_TOLD_A_CONFERENCE = re.compile(r"\b(?:told|addressed|at|in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:news|press)\s+(?:conference|briefing)\b", re.I)
#: A deal that was not reached tells of negotiations: "the last round broke up without agreement".
_NO_DEAL = re.compile(r"\b(?:without|failed\s+to\s+(?:reach|strike|produce|yield)|(?:produced|yielded|brought|reached)\s+no)\s+"
                      r"(?:an?\s+|any\s+)?(?:\w+\s+)?"
                      r"(?:agreement|deal|accord)s?\b(?:\s+on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce|sanctions))?"
                      # ("terminó sin acuerdo", "s'est achevé sans accord", "endete ohne Einigung", "senza accordo", "без соглашения")
                      r"|\b(?:sin|sans|senza|sem)\s+(?:(?:un|una|uno|um|uma)\s+)?(?:acuerdo|accord|accordo|acordo)\b"
                      r"|\bohne\s+(?:ein\s+)?(?:Einigung|Abkommen|Vereinbarung)\b|\bбез\s+соглашени\w*", re.I)
#: A deal only in prospect: "a deal was within reach", "an agreement is close".
_DEAL_IN_PROSPECT = re.compile(r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord)\s+(?:was|is|remained|remains|seemed|seems|looked|"
                               r"looks)\s+(?:still\s+)?[\"“]?(?:within\s+reach|in\s+sight|close|near|possible|likely|unlikely|"
                               r"far\s+off|distant)"
                               # ("came close to a deal", "were near an agreement": none was made)
                               r"|\b(?:came|come|comes|coming|was|were|is|are)\s+(?:very\s+|so\s+)?(?:close|near)\s+(?:to\s+)?"
                               r"(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord)", re.I)
#: A quarrel that "erupted" or "flared": "the budget dispute that erupted in October", "protests flared"
#: tell no fighting.
_QUARREL_ERUPTED = re.compile(r"\b(?:disputes?|rows?|crisis|crises|scandals?|debates?|controvers(?:y|ies)|feuds?|spats?|"
                              r"tensions?|protests?|demonstrations?|anger|outrage|furou?r|uproar|quarrels?|stand-?offs?)"
                              r"\s+(?:(?:that|which)\s+)?(?:\w+\s+)?(?:erupted|flared(?:\s+up)?)\b", re.I)


#: What talks do and a vote does not: "A first round in the same city collapsed".
_ROUND_BROKE_DOWN = re.compile(r"\b(?:collapsed|broke\s+(?:down|up)|stalled|faltered|fell\s+apart|ended\s+without)\b", re.I)
#: What a story about a vote speaks of: "election", "ballot", "polls", "voters".
_VOTE_WORDS = re.compile(r"\b(?:elections?|electoral|ballots?|polls|voters?|voting|referendum|candidates?|campaign)\b", re.I)
_ROUND_OF_TALKS = re.compile(r"\b(?:talks|negotiations|consultations|discussions|meetings?)\b", re.I)
_VOTING_ROUND = re.compile(r"\b(?:(?:first|second)\s+round|(?:primera|segunda)\s+vuelta|(?:premier|second)\s+tour|"
                           r"(?:primo|secondo)\s+turno|(?:primeira|segunda)\s+volta)\b"
                           r"(?![^.;,]{0,40}?\b(?:talks|negotiations|consultations|"
                           r"discussions|sanctions|strikes|exchanges?|meetings?)\b)", re.I)


#: Words that only German writes, among which "war" is the past of "sein".
#: French words no English text has, which tell a French title: "le", "des", "du".
_FRENCH_WORDS = re.compile(r"\b(?:le|la|les|des|du|une|est|dans|pour|avec|sur|qui|aux|l['’]\w+|d['’]\w+)\b")
_GERMAN_WORDS = re.compile(r"\b(?:der|das|und|nicht|von|mit|wurde|worden|hatte|sich|ist|ein|eine|einer|einem|auf|für|zu|im|"
                           r"dem|den|des|zur|zum|bei|nach|wird|sind|es|seit)\b")


#: A saying of the sayer's own doing: "Israel's military said it carried out strikes…".
_SAID_OWN_DOING = re.compile(r"^[^,\"“]{0,80}?\b(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
                             # (not what it would do: "said it would hold an election" is a saying)
                             r"(?:had\s+|has\s+|have\s+)?(?P<rest>(?!(?:would|will|could|might|may|should|must|plans?|"
                             r"intends?|aims?|hopes?|wants?|was|were|is|are|expects?|expected|hoped|planned|intended|"
                             r"wanted|aimed|wished|believes?|believed|thinks?|thought|feared|fears?)\b)(?:[a-z]{3,}ed|[a-z]+)\b.*)$")
#: A saying of what the sayer would do, which tells no doing yet: "said it would not accept any deal".
_SAID_WOULD = re.compile(r"^[^\"“]{0,80}?\b(?:said|says|announced|warned|stated)\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
                         r"(?:would|will|could|might|may|should|must|won['’]t|wouldn['’]t)\b"
                         # (…and German's saying, its comma and the subjunctive of what was said: "Vucic hatte angekündigt,
                         # er werde bis Jahresende über eine Neuwahl entscheiden")
                         r"|^[^\"“„]{0,80}?\b(?:hat|hatte|haben|hatten)\s+(?:\w+\s+){0,2}?(?:angekündigt|erklärt|gesagt|"
                         r"betont|versprochen|gewarnt|mitgeteilt)\s*,\s+(?:er|sie|es|man|die\s+\w+|der\s+\w+)\s+"
                         r"(?:werde|werden|würde|würden|wolle|wollen|könne|könnten?|müsse|müssten?)\b")
#: A title that tells a meeting first and what was said at it after: "…met in Ankara and pledged to…".
_MET_THEN_SAID = re.compile(r"[^,;]{0,60}?\b(?:met|meets|held\s+talks)\b(?!\s+(?:with\s+)?(?:reporters|journalists|the\s+press)\b)"
                            r"[^,;]{0,80}?\band\s+(?:later\s+)?(?:said|pledged|vowed|called|urged|stressed)\b", re.I)
#: A law, a decree or a bill signed into force: "Dodik signed laws", "signed a decree", "signed the bill into law".
_SIGNED_A_LAW = re.compile(r"\bsign(?:ed|s)?\s+(?:(?:the|a|an|two|three|several|new)\s+)?(?:[a-z][\w-]*\s+)?(?:laws?|decrees?|"
                           r"bills?|executive\s+orders?|ordinances?)\b")
#: An appointment to an office, which a meeting or a vote may host without being its kind.
_APPOINTED = re.compile(r"(?<!\bbe\s)\b(?:named|appointed|sworn\s+in|installed|inaugurated)\s+(?:as\s+)?(?:the\s+)?(?:country's\s+)?"
                        r"(?:new\s+|interim\s+|acting\s+|transitional\s+)?(?:president|prime\s+minister|premier|leader|"
                        r"head\s+of\s+state|chief|minister|envoy|ambassador|secretary)\b"
                        # ("Lebanon appointed Simon Karam to lead its delegation": someone given a charge)
                        r"|\b(?:named|appointed|picked|chose|tapped)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:as|to\s+(?:lead|head|run))\b"
                        # (…or someone named by a pronoun to a role a body owns: "named him its envoy to the Horn of Africa")
                        r"|\b(?:named|appointed)\s+(?:him|her|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:as\s+)?"
                        r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:envoy|representative|mediator|ambassador|chief|"
                        r"head|leader|minister|president|coordinator|negotiator)\b"
                        # (…or taking office, whatever the sentence goes on to: "Since taking office in January, the
                        # president has signed 200 orders" is no signing)
                        r"|^(?:[\w'’.-]+\s+){1,6}(?:took|takes|has\s+taken|had\s+taken)\s+office(?:$|\s+and\s)"
                        # (…in the other languages we read: "a été nommé Premier ministre", "fue nombrado presidente")
                        r"|\b(?:nommée?|nombrad[oa]|nomead[oa]|nominat[oa]|ernannt)\s+(?:(?:au\s+poste\s+de|como|come)\s+)?"
                        r"(?:(?:le|la|el|il|o|a|zum|zur)\s+)?(?:nouvel?\s+|nuev[oa]\s+|nuov[oa]\s+|nov[oa]\s+)?"
                        r"(?:premier\s+ministre|primer\s+ministro|primeiro-ministro|primo\s+ministro|président|presidente|"
                        r"ministre|ministro|envoyé|enviado|inviato|Ministerpräsident\w*|Präsident\w*|Minister\w*)\b"
                        # (…or the one named first: "Le Premier ministre a été nommé après la présidentielle")
                        r"|\b(?:a|avait|ont|avaient)\s+été\s+nommée?s?\b|\b(?:fue|fueron|ha\s+sido)\s+nombrad[oa]s?\b"
                        r"|\b(?:è|sono)\s+stat[oaie]\s+nominat[oaie]\b|\bfoi\s+nomead[oa]\b"
                        # (…or one leaving office, whatever vote the sentence names: "avait remis sa démission")
                        r"|\b(?:resigned|stepped\s+down|remis\s+sa\s+démission|a\s+démissionné|avait\s+démissionné|dimitió|"
                        r"renunció|si\s+è\s+dimess[oa]|renunciou|trat\s+(?:\w+\s+){0,4}zurück)\b", re.I)
#: What a court or the police do to someone, whatever deal, attack or war the charge names.
_COURT_DOING = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:sentenced|convicted|acquitted|jailed|indicted|"
                          r"charged|arrested|detained|extradited|found\s+guilty)\b"
                          # ("A special tribunal sentenced a former rebel commander to 25 years")
                          r"|\b(?:court|tribunal|judges?|jury|juries)\b[^,;]{0,40}?\b(?:sentenced|convicted|acquitted|jailed|"
                          r"indicted|found\s+\w+\s+guilty|(?:rejected|dismissed|upheld|allowed)\s+(?:an?|the|his|her|their)\s+"
                          r"(?:[\w-]+\s+)?(?:appeal|challenge|request|petition|bid|case|complaint))\b"
                          # ("The tribunal had charged the seven with war crimes": whoever charges them, a court's doing)
                          r"|\b(?:charged|indicted|convicted|prosecuted)\s+(?!(?:into|at|towards?|through|across|forward)\b)"
                          r"(?:[\w'’-]+\s+){1,4}?(?:with|of|for)\s"
                          # ("Judges issued an arrest warrant … for a militia commander accused of war crimes")
                          r"|\b(?:issu\w+|sought|seek\w*|requested|request\w*)\s+(?:an?\s+)?(?:new\s+)?(?:international\s+)?"
                          r"arrest\s+warrants?\b"
                          # ("Her predecessor was removed by a court over a leaked phone call")
                          r"|\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:removed|ousted|dismissed|suspended|barred|disqualified|"
                          r"banned|unseated)\s+(?:from\s+(?:office|power|her\s+post|his\s+post)\s+)?by\s+(?:a|an|the)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?:court|tribunal|judges?)\b"
                          # ("A 2009 ruling by the European Court of Human Rights", "the court ruled that…")
                          r"|\b(?:ruling|judg(?:e)?ment|verdict|decision|opinion)\s+(?:of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?:[Cc]ourt|[Tt]ribunal|judges)\b|\b(?:court|tribunal|judges?)\s+(?:\w+\s+){0,2}?ruled\b"
                          # ("The Constitutional Court ordered lawmakers to elect a speaker": what a court orders is its doing)
                          r"|\b(?:court|tribunal|judges?)\s+(?:\w+\s+){0,2}?(?:ordered|instructed|told|barred|suspended|"
                          r"annulled|struck\s+down|overturned|blocked|removed|ousted|dismissed|disqualified|unseated)\b"
                          # ("The International Court of Justice clarified the ruling": a court's word on its own ruling)
                          r"|\b(?:court|tribunal|judges?)\s+(?:\w+\s+){0,3}?(?:clarified|interpreted|revised|reaffirmed|"
                          r"confirmed|upheld|reversed)\s+(?:its\s+|the\s+|that\s+|an?\s+)?(?:[\w-]+\s+)?(?:ruling|judg(?:e)?ment|"
                          r"verdict|decision|sentence|conviction)\b"
                          # ("Closing arguments in the war crimes trial of … were delivered", "The trial opened")
                          r"|\b(?:closing|opening)\s+(?:arguments|statements)\b|^(?:The|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?trial\s+"
                          r"(?:opened|began|resumed|ended|closed|started)\b"
                          # ("Judges began deliberating in the war crimes trial of a former president")
                          r"|\b(?:crimes|corruption|murder|treason|terrorism|fraud|genocide)\s+trial\b"
                          r"|\b(?:judges?|jury|jurors)\s+(?:\w+\s+){0,2}?(?:began|started|resumed)\s+deliberat", re.I)
#: Talking again, which is talks, whoever talks: "The military operations directors will talk again".
_TALK_AGAIN = re.compile(r"\b(?:will|would|to|shall)\s+(?:\w+ly\s+)?(?:talk|speak)\s+again\b|\b(?:talked|spoke)\s+again\b")
#: A meeting agreed or planned, which is talks to come, not an agreement: "agreed to meet again", "agreed to hold talks".
_AGREED_TO_MEET = re.compile(r"\b(?:agreed|agree|agrees|decided|pledged|promised)\s+to\s+(?:meet|convene|reconvene|hold\s+"
                             r"(?:(?:new|further|more|another|a\s+(?:new|further)|the\s+next)\s+)?(?:round\s+of\s+)?(?:talks|"
                             r"consultations|negotiations|meetings?)|resume\s+(?:the\s+)?(?:talks|negotiations|consultations))\b"
                             # (…and in Spanish, Portuguese and French: "acordaron reanudar las conversaciones", "ont convenu de
                             # reprendre les négociations")
                             r"|\b(?:acord(?:ó|aron)|acordou|acordaram|(?:ont|a)\s+convenu\s+de)\s+(?:reanudar|retomar|reprendre|"
                             r"reunirse|se\s+réunir|reunir-se|celebrar|tenir)\s+(?:(?:las?|los|les|as|os|o|a|el|le|un[ae]?)\s+)?"
                             r"(?:nuevas?\s+|nouvelles?\s+|novas?\s+)?(?:conversaciones|negociaciones|diálogo|conversas|"
                             r"negociações|diálogo|négociations|pourparlers|dialogue|reunión|réunion|reunião)\b", re.I)
#: A meeting and what it is for: the purpose ("to agree on how the truce will be monitored") is not its kind.
_MEETING_TO = re.compile(r"\b(?:meet|meets|met|convene[sd]?|gather(?:ed|s)?)\s+(?:again\s+)?(?:[\w'’.-]+\s+){0,5}?"
                         r"to\s+(?:agree|discuss|negotiate|work\s+out|finali[sz]e|review|decide|sign|settle|resolve|debate|"
                         r"consider|examine|prepare|plan|set)\b"
                         # (…in the other languages: "acordaron reunirse de nuevo … para discutir un cese al fuego")
                         r"|\b(?:reunirse|reunir-se|réunir|rencontrer|riunirsi|incontrarsi|encontrarse)\s+(?:[\w'’-]+\s+){0,6}?"
                         r"(?:para|pour|per)\s+(?:discutir|debatir|negociar|discuter|négocier|discutere|negoziare)\b"
                         # ("EU leaders will discuss the war at a summit in Brussels": the summit, not the war)
                         r"|\b(?:discuss|discusses|discussed|debate|debates|debated)\s+(?:[\w'’.-]+\s+){1,4}?(?:at|during)\s+"
                         r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|conference|talks)\b"
                         # ("The summit, due in Djibouti, is expected to discuss the wars in Sudan": the summit)
                         r"|\A(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|conference)\b[^;]{0,80}?\b"
                         r"(?:discuss|address|focus\s+on|review|debate|consider|examine)\b", re.I)
#: A journey whose purpose is talks: "a delegation will travel to Doha for talks on the second phase of the truce".
_GOING_FOR_TALKS = re.compile(r"\b(?:travel\w*|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|arriv\w+|"
                              r"c(?:o|a)me|coming|sen[dt]s?|sending|dispatch\w*)\b[^,;.]{0,60}?\bfor\s+"
                              r"(?:(?:a\s+)?(?:new|fresh|further|more|indirect|direct|another|the\s+next)\s+)?(?:round\s+of\s+)?"
                              r"(?:talks|negotiations|consultations)\b", re.I)
#: Talks led or hosted, whatever they ended: "chaired the negotiations that ended three decades of fighting".
_TALKS_LED = re.compile(r"\b(?:chaired|chairs|led|leads|hosted|hosts|mediated|mediates|facilitated|convened|convenes)\s+"
                        r"(?:the\s+|a\s+|an\s+|new\s+|several\s+|\w+\s+rounds\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:negotiations|talks|consultations|dialogue)\b", re.I)
#: Talks done to, their course changed or offered: "suspended peace talks with the ELN", "broke off the negotiations",
#: "proposed talks with the North's military" (whatever the sentence says of war crimes or the military).
_TALKS_ACTED_ON = re.compile(r"\b(?:suspend(?:s|ed)?|broke\s+off|breaks?\s+off|call(?:s|ed)?\s+off|froze|freezes|halt(?:s|ed)?|"
                             r"abandon(?:s|ed)?|(?:pull(?:s|ed)?|walk(?:s|ed)?)\s+out\s+of|withdr[ae]w\s+from|propos(?:es|ed)|"
                             r"offer(?:s|ed))\s+(?:the\s+|its\s+|their\s+|new\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:talks|negotiations|dialogue|peace\s+process)\b", re.I)
#: Attempts at a deal heading a title, whatever the deal was about.
_ATTEMPTS_AT_A_DEAL = re.compile(r"(?:(?:The|A|An|Previous|Earlier|Past|Several|Two|Three|Repeated|Failed|Renewed)\s+)*"
                                 r"(?:attempts?|efforts?|bids?)\s+(?:at|to\s+(?:reach|strike|agree|secure|broker))\s+"
                                 r"(?:a|an|the)?\s*(?:\w+\s+)?(?:deal|agreement|accord|settlement|truce|ceasefire)\b", re.I)
#: What a meeting is for, an attempt at a deal: "for another attempt at a framework deal".
_FOR_AN_ATTEMPT_AT_A_DEAL = re.compile(r"\b(?:for|in)\s+(?:a|an|another|one\s+more|a\s+(?:new|fresh|last|final))\s+"
                                       r"(?:attempt|effort|bid|push)\s+(?:at|to\s+(?:reach|strike|agree|secure|broker))\s+"
                                       r"(?:a|an|the)?\s*(?:[\w-]+\s+)?(?:deal|agreement|accord|settlement|truce|ceasefire)\b", re.I)
#: An exchange of prisoners or of bodies, done: "began exchanging about 300 prisoners" (not agreed or talked of).
_PRISONER_SWAP = re.compile(r"\b(?:exchang(?:ed|ing|es|e)|swap(?:ped|ping|s)?|trad(?:ed|ing|e))\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:prisoners|detainees|captives|hostages|POWs|bodies)\b", re.I)
#: A subject and a verb of accusing or condemning: what it says, not what it says it of.
_ACCUSING = re.compile(r"(?:(?:The|A|An)\s+)?(?:[A-Z][\w'’.-]*|and|of|the|[a-z]+['’]s|[a-z]+s)(?:\s+(?:[A-Z][\w'’.-]*|and|of|"
                       r"the|[a-z]+['’]s|[a-z]+s))*?\s+(?:(?:traded|trade)\s+(?:accusations|blame|barbs|insults)|accused|accuses|"
                       r"condemned|condemns|"
                       r"denounced(?!\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:agreement|treaty|accord|convention|pact)\b)|"
                       r"blamed|denied|rejected\s+(?:the\s+|an?\s+)?(?:claims?|accusations?|allegations?|reports?))\b")
#: A briefing on a matter, whatever the matter's kind: "The Council is briefed on the delayed elections".
_BRIEFED_ON = re.compile(r"\b(?:is|was|were|are|been|be)\s+briefed\s+(?:on|about)\b", re.I)
#: Talks heading a title, whatever they are about: "Ceasefire talks resumed in Cairo", "Talks on extending the
#: truce resumed", "Negotiations on a ceasefire opened" (but not what they brought: "…talks produced a truce").
#: Those sent to talk, meeting, whoever sent them: "Delegations from the army and the paramilitary forces first met in
#: Jeddah" (a meeting, whatever forces they speak for).
_DELEGATES_MET = re.compile(r"(?:(?:The|Two|Both|Rival)\s+)?(?:[\w'’-]+\s+){0,2}?(?i:delegations|delegates|envoys|negotiators|"
                            r"mediators|representatives|emissaries|committee|commission|council|panel|mechanism|"
                            r"ministers|leaders|officials|chiefs|commanders|generals|heads)\b[^,;:]{0,80}?\s"
                            r"(?:(?:will|would|to|is\s+due\s+to|are\s+due\s+to)\s+)?"
                            r"(?:(?:first|finally|again|also|then|"
                            r"briefly|secretly)\s+)?(?:met|meet|meets|convened|sat\s+down|arrived|arrive|gathered)\b")
_TALKS_SUBJECT = re.compile(r"(?:(?:the|a|an|new|fresh|further|indirect|direct|another|renewed|high-level|"
                            # (…and in the other languages we read: "Les négociations doivent reprendre…")
                            r"les|las|los|die|i|le|os|as|nouvelles|nuevas|neue|nuove)\s+)*"
                            r"(?:(?!(?:after|before|since|during|following|amid|on|in|at|by|of|and)\b)[A-Za-z'’-]+(?<!ed)\s+){0,3}?"
                            r"(?:talks|negotiations|consultations|dialogue|round\s+of\s+(?:talks|negotiations)|"
                            r"négociations|pourparlers|negociaciones|conversaciones|negoziati|colloqui|negociações|"
                            r"Verhandlungen|Gespräche|"
                            # ("A meeting of the two countries' military operations directors took place")
                            r"meeting\s+of\s+(?:the\s+)?[^,;]{3,60}?\s+(?:took\s+place|was\s+held|(?:last\s+)?met|"
                            # (…or is to: "A meeting of the ceasefire monitoring committee is scheduled for Thursday")
                            r"(?:is|was)\s+(?:(?:now|also)\s+)?(?:scheduled|planned|set|due|expected|pencilled\s+in)))\b"
                            r"(?![^,;]*\b(?:produced|yielded|reached|sealed|brought|led\s+to|ended\s+with|resulted\s+in)\b)", re.I)
#: A round (or a conference, summit or meeting) that failed, which only talks do: "The last full round, at Crans-Montana,
#: collapsed over the withdrawal of troops".
_ROUND_FAILED = re.compile(r"(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:round|conference|summit|meeting)\b[^;]{0,80}?\b(?:collapsed|broke\s+down|stalled|"
                           r"ended\s+(?:without|in\s+failure)|failed|fell\s+apart)\b")
#: A disaster of nature: an earthquake that "struck" or a flood that "killed" is no military action.
#: (a vote won "in a landslide" or a "landslide victory" is no disaster)
# (not a weapon or an operation named after one: "Storm Shadow missiles", "Operation Desert Storm")
#: A title opened by an accident: "The collapse killed 16 people", "A train crash in the north".
_ACCIDENT_TITLE = re.compile(r"(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:collapse|crash|derailment|stampede|blaze)\b"
                             # (…or a structure that fell: "A concrete canopy at the railway station collapsed")
                             r"|(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:canopy|roof|bridge|building|tower|dam|stand|ceiling|"
                             r"wall|mine|tunnel)\s+(?:(?:at|in|of|on|near|over)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?)?"
                             r"(?:collapsed|collapses|caved\s+in|gave\s+way|fell\s+down)\b"
                             # (…or a crash a state was brought about by: "Relations were strained by the crash of a jet")
                             r"|[^;]*?\b(?:by|after|since|following)\s+the\s+(?:[\w-]+\s+){0,3}?(?:crash|derailment|stampede)\s+of\b")
#: What makes an accident's title a blow struck after all: "A crash after a drone strike".
_WEAPON_OR_ATTACK = re.compile(r"\b(?:attack\w*|strikes?|struck|drones?|missiles?|rockets?|shell\w*|bomb\w*|shot|fire[ds]?\s+(?:at|on))\b",
                               re.I)
_NATURAL_DISASTER = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|(?<!Desert\s)(?:storm|(?-i:Storms)|(?-i:storms)(?!\s+(?:the\s+)?(?-i:[A-Z])))(?!\s+Shadow)|hurricanes?|"
                               r"typhoons?|cyclones?|"
                               r"floods?|flooding|(?<!\bin\sa\s)landslides?(?!\s+(?:victory|victories|win|wins|majority|defeat))|"
                               r"mudslides?|tornado(?:es)?|wildfires?|bushfires?|droughts?|"
                               r"tsunamis?|eruptions?|avalanches?|heatwaves?|heat\s+waves?)\b", re.I)


#: What a saying reports: "Officials said (that) a further round of talks could take place…" (after an
#: opening phrase of the occasion too: "Speaking after the vote, the representative said…").
#: A saying or finding of how things stand, which no happening of the kind it names is: "…reported that the embargo
#: remained ineffective", "…said the war was over" (not "…said the town was captured" nor "…was holding": a passive
#: or a progressive tells a doing).
_STATE_REPORTED = re.compile(r"^[^,\"“]{0,80}?\b(?:said|says|reported|found|concluded|stated|noted|claims|claimed|argues|argued|"
                             r"alleges|alleged)\s+(?:that\s+)?[^,;\"“]{1,60}?"
                             r"\b(?:remained|remains|was|were|is|are|has\s+been|had\s+been)\s+(?![\"“]?[a-z]+(?:ed|en|ing)\b)"
                             # (…or a finding of crimes: "A U.N. panel reported that both sides had committed war crimes")
                             r"|^(?:An?|The)\s+(?:[\w.'’-]+\s+){0,4}?(?:panel|commission|inquiry|report|investigation|court|"
                             r"tribunal|mission)\s+(?:reported|found|concluded)\s+that\s+[^;]*?\b(?:war\s+crimes|crimes\s+against"
                             r"\s+humanity|genocide|violations)\b")
_SAID_REPORTED = re.compile(r"^(?:[^,\"“]{0,80},\s*)?[^,\"“]{0,80}?\b(?:(?:said|says|told\s+\w+)\s+(?:that\s+)?"
                            # (…and the sayings of the other languages we read: "Лавров сообщил, что…", "sagte, man werde…")
                            rf"|(?:{_FOREIGN_SAYING})(?:,?\s+(?:que|dass|что)\s+|\s+qu['’]|,?\s+))"
                            r"(?P<rest>.+)$")


#: Gatherings forbidden: "banned political meetings", "outlawed all rallies".
_BANNED_GATHERINGS = re.compile(r"\b(?:banned|bans|ban|outlawed|prohibited|forbade|barred)\s+(?:all\s+)?(?:[a-z]+\s+)?"
                                r"(?:meetings|gatherings|rallies|protests|demonstrations|assemblies)\b")
#: A past verb of the title's own ("injured", "took"): it tells a happening.
_OWN_PAST_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|died|{words_pattern(PLAIN_PASTS)})\b")
#: A present of what is scheduled, told of a title's own subject: "opens", "begins", "convenes".
_SCHEDULED_PRESENT_VERB = re.compile(r"\b(?:opens|begins|starts|ends|closes|convenes|reconvenes|resumes|meets|expires)\b")
#: What a happening answers, which is not what happened: "in protest at the invasion of Ukraine".
_REASON_PHRASE = re.compile(r"\bin\s+(?:protest|response|reaction|answer)\s+(?:at|against|over|to)\s+[^,;.]*"
                            # "let Ukraine ship grain despite the war": the war is the background, not the happening
                            r"|\b(?:despite|amid|during|in\s+spite\s+of|because\s+of|due\s+to|owing\s+to)\s+(?:the\s+|a\s+|an\s+|its\s+|"
                            r"their\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|hostilities|invasion|"
                            r"blockade|attacks?|strikes?|shelling|clashes|violence|uprising|revolution|unrest)\b"
                            # "walked out over a dispute about the withdrawal of fighters": what the quarrel was about
                            r"|\bover\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:dispute|row|disagreement|quarrel|spat)\b[^,;.]*"
                            # "collapsed over the question of Turkish troops": what was disputed, no troops moved
                            r"|\b(?:over|on)\s+the\s+(?:question|issue|matter|status|future|fate|presence)\s+of\b[^,;.]*"
                            # "gathered to remember those killed in the war": what is remembered is no happening of then
                            r"|\bto\s+(?:remember|commemorate|mourn|honou?r)\s+[^,;.]*", re.I)
#: A span's start named inside a title: "his third visit to Moscow since Russia invaded Ukraine" (a yardstick; in
#: the words around a date it may hold the date itself: "…have died since a bomb ripped through…on Friday").
#: A closing phrase after a comma of what a happening came after: ", after the ceasefire", ", dopo il cessate il fuoco".
_AFTER_PHRASE_END = re.compile(r",\s+(?:after|following|dopo|après|tras|después\s+de|nach|nachdem|после|после\s+того\s+как|"
                               r"après\s+que|después\s+de\s+que|dopo\s+che)\s+[^,;]{3,140}$"
                               # (…or what ended it: "Fighting raged before a truce")
                               r"|(?<=[a-z])\s+(?:before|until|till)\s+(?:a|an|the)\s+[^,;]{3,60}$"
                               # (…or what it came after, without a comma: "asumió un tercer mandato tras unas elecciones…")
                               r"|(?<=[a-zà-ÿ])\s+(?:after|following|tras|après|dopo|nach)\s+(?:a|an|the|unas?|los|las|el|la|les?|"
                               r"des|une?|gli|i|den|die|der|dem)\s+[^,;]{3,100}$"
                               # (…or a bare plural: "became independent after elections the previous November")
                               r"|(?<=[a-z\d])\s+(?:after|following)\s+[a-z]{3,}s\b[^,;]{0,60}$"
                               # (…or a count after a happening that opens the sentence: "Fast zehn Monate nach der
                               # Parlamentswahl hat das Parlament … bestätigt", "Ten months after the election, parliament…")
                               r"|(?:^|(?<=[–—-]\s))(?:[\w-]+\s+){1,3}(?:after|following|nach|après|tras|dopo)\s+(?:the|der|dem|den|die|la|le|el|il)\s+"
                               r"[^\s,;]+(?:,\s*|\s+(?=(?:hat|hatte|hatten|haben|wurde|wurden)\s))", re.I)
_SINCE_PHRASE = re.compile(r"(?<=\w\s)since\s+(?:the\s+)?[^,;.]{3,80}", re.I)


def _reported_date(sentence: Sentence, t: Timex, inside: list[Timex]) -> bool:
    """Whether `t` dates what a saying reports, not the saying: "The command said the incursions began at
    11:30 p.m. on Tuesday" (the saying, undated, stands before it and no other date stands before that)."""
    # (looked for in a bounded window: a sentence may hold thousands of dates)
    window = max(0, t.start - sentence.start - 300)
    before = sentence.text[window:t.start - sentence.start]
    said = next(reversed(list(_SAYING.finditer(before))), None)
    if said is None or len(before[said.end():].split()) < 2 or _SAYING_CIRCUMSTANCE.match(before, said.end()):
        return False  # ("said on Tuesday", "said in a letter published on Wednesday": the saying's own date)
    first = inside[0] if inside else t  # (dates come in order: only the first can stand before the saying)
    return first is t or first.end - sentence.start > window + said.start()


_SAYING = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers|(?:a|the)\s+(?:news|press)\s+"
                     r"conference|[A-Z][\w'’-]*))\s+(?:that\s+)?")
_SAYING_CIRCUMSTANCE = re.compile(r"(?:in|on|at|during|after|before|late|early|earlier|later|last|this|through|via)\b", re.I)


#: A named person's death: "Lakhdar Brahimi died at his home in Paris" (not casualties: "100 people have died").
_DIED = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:,\s+[^,;]{1,120},)?\s+(?:(?:has|had|have)\s+)?"
                   r"(?:died|dies|passed\s+away)\b")  # (…after the name's aside: "Kai Lindqvist, a diplomat who led talks, has died")
#: A title that only tells a quarrel breaking out: "A dispute erupted", "The row flared up".
_QUARREL_TITLE = re.compile(rf"(?:(?:The|A|An)\s+)?(?:[\w-]+\s+)?{_QUARREL_ERUPTED.pattern}", re.I)
#: A title that only names a quarrel: "The dispute over Taiwan remarks", "the row between the two capitals".
_QUARREL_NAMED = re.compile(r"(?:(?:The|A|An|Its|Their)\s+)?(?:[\w-]+\s+)?(?:disputes?|rows?|spats?|feuds?|quarrels?|"
                            r"stand-?offs?)(?:\s+(?:over|about|between|with)\s+[^,;.]{2,80})?", re.I)
#: A title that names an anniversary or its marking: "The 75th anniversary of the start of the Korean War".
_ANNIVERSARY_TITLE = re.compile(r"(?:The\s+|An?\s+)?(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))?\s*anniversary\b"
                                # (or its marking: "Georgians marked the anniversary of the 2008 war")
                                r"|[^,;]{0,60}?\b(?:mark(?:ed|s|ing)?|commemorat\w+|celebrat\w+)\s+the\s+(?:\w+\s+)?anniversary\b",
                                re.I)


#: A vote not held: "…a renewable five-year term, without elections", "without holding a referendum".
_WITHOUT_A_VOTE = re.compile(r"\bwithout\s+(?:holding\s+|a\s+|an\s+|any\s+)*(?:elections?|votes?|polls|referendums?|ballots?)\b",
                             re.I)
#: A war declared over: "Abiy and Isaias declare the end of the war", "proclaimed an end to hostilities".
_END_OF_WAR_DECLARED = re.compile(r"\b(?:declar|announc|proclaim)\w*\s+(?:an?\s+|the\s+)?(?:formal\s+|official\s+)?end\s+"
                                  r"(?:of|to)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:war|fighting|conflict|hostilities)\b",
                                  re.I)


#: A condition, which tells what has not happened: "…if no text was agreed", "…unless a ceasefire is signed".
_CONDITION = re.compile(r",?\s+(?:if|unless)\s+[^,;.]*", re.I)


#: A deal or truce only cited as the framework of a doing: "[under the deal]", "[under the 2022 ceasefire]" (not one
#: made then: "under the agreement signed on Monday").
_UNDER_A_DEAL = re.compile(r"\bunder\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:deal|agreement|accord|treaty|"
                           r"pact|truce|ceasefire|arrangement|initiative)s?\b"
                           r"(?!,?\s+(?:signed|reached|agreed|struck|concluded|brokered|sealed|announced|extended|renewed|ratified|"
                           r"amended|adopted|approved)\b)", re.I)
#: A thing ranked among the war's, the war only its yardstick: "[the largest prisoner swap] of the war".
_RANKED_IN_THE_WAR = re.compile(r"\b(?P<ranked>(?:largest|biggest|first|last|latest|longest|only|fifth|fourth|third|second)\s+"
                                r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:of|in|since\s+the\s+start\s+of)\s+the\s+(?:war|conflict)\b",
                                re.I)
#: A strike of workers or citizens, not a blow: "a national strike", "the general strike", "called the strike".
_LABOUR_STRIKE = re.compile(r"\b(?:(?:general|national|nationwide|hunger|labou?r|transport|rail|dock|teachers['’]?|workers['’]?|"
                            r"doctors['’]?|students['’]?|indefinite|24-hour|48-hour|one-day|two-day|three-day)\s+strikes?"
                            r"|(?:called|call|calls|calling|led|lead|leads|joined|join|joins|ended|end|ends|suspended)\s+"
                            r"(?:off\s+)?(?:the|a|their|its)\s+strike)\b", re.I)


def _kind_words(text: str) -> str:
    """The words of `text` that may tell a kind: without a truce named only as broken, a quarrel that
    erupted, a deal not reached, a saying embedded in a clause, or a reason ("in protest at the invasion")."""
    text = _NO_DEAL.sub(" negotiations ", _QUARREL_ERUPTED.sub("", _TRUCE_BROKEN.sub("", text)))
    text = _DESPITE_A_TRUCE.sub(" ", text)  # "Despite the ceasefire, the army struck…": the truce is only what is defied
    text = _DEAL_IN_PROSPECT.sub(" ", text)  # "had said a deal was within reach": a saying, no agreement
    text = _WITHOUT_A_VOTE.sub(" ", text)  # "granted a five-year term without elections": no election
    text = _END_OF_WAR_DECLARED.sub(" declared peace ", text)  # "declare the end of the war": words of peace, no war
    text = _PLAN_TO_END_A_WAR.sub(r" \g<plan> for peace ", text)  # "a US plan to end the war": a plan for peace, no war
    text = _CONDITION.sub(" ", text)  # "warned that funds would be frozen if no text was agreed": no agreement
    text = _EMBEDDED_SAYING.sub("", text)  # "struck 20 boats it says carried drugs": no statement
    text = _PLATFORM.sub(" ", text)  # "elected on a platform of resuming talks": what was promised is no happening
    text = _TOLD_A_CONFERENCE.sub(" said ", text)  # "told a news conference that…": a saying, no talks
    text = _ARTICLE_OF_A_TREATY.sub(" ", text)  # "invoked Article 4 of the NATO treaty": a clause cited, no treaty made
    text = _TREATY_BODY.sub(" the alliance", text)  # "the Collective Security Treaty Organization": a body, no treaty made
    text = _TREATY_NAME.sub(" the treaty", text)  # "the Anti-Ballistic Missile Treaty": a treaty, whatever its name says
    text = _ABSOLUTE_WITH.sub(" ", text)  # "…are meeting, with the war in Ukraine dominating the agenda": no war made
    # "Negotiators return to Geneva for another attempt at a framework deal": talks, no deal made
    text = _FOR_AN_ATTEMPT_AT_A_DEAL.sub(" negotiations ", text)
    text = _PRISONERS_OF_WAR.sub(" prisoners ", text)  # "exchanged 300 prisoners of war": no war made
    text = _LABOUR_STRIKE.sub(" walkout ", text)  # "indigenous groups began a national strike": no blow struck
    text = _RANKED_IN_THE_WAR.sub(r"\g<ranked>", text)  # "the largest prisoner swap of the war": the war only ranks it
    text = _THREATENED_TO.sub(" ", text)  # "expelled the ambassador and threatened to expel its troops": no troops moved
    text = _SET_UP_TO.sub(r"\g<made>", text)  # "was set up to organise a referendum": a body made, no vote held
    text = _TEXT_THAT_ALLOWED.sub(r"\g<text>", text)  # "revoked an agreement that allowed U.S. troops…": the text, no troops
    text = _UNDER_A_DEAL.sub(" ", text)  # "The first vessel under the deal sailed from Odesa": a framework cited, no deal made
    return _REASON_PHRASE.sub(" ", text)  # "paused their work in protest at the invasion": no invasion


#: A pause and the "for" of how long it lasts, up to that time: "have broken for (the evening)", "adjourned for (the day)".
_PAUSED_FOR = re.compile(r"\b(?:broken|broke|break|breaks|adjourned|adjourns?|paused|pauses?|recessed|recess|stopped|"
                         r"suspended|halted)\s+(?:off\s+|up\s+)?for\s+(?:the\s+)?(?:rest\s+of\s+the\s+)?$", re.I)
#: A body made and what it was made to do, which it has not done by being made: "was set up to organise a referendum",
#: "deployed to monitor the ceasefire".
_SET_UP_TO = re.compile(r"(?P<made>\b(?:set\s+up|created|established|formed|founded|deployed|sent|launched)\b)\s+(?:[^,;.]{0,40}?\s)?"
                        r"to\s+(?:organi[sz]e|prepare|monitor|oversee|supervise|observe|verify|police)\s+[^,;.]*", re.I)
#: A text and what its terms allow or require, which is no happening of the sentence's: "an agreement [that allowed U.S.
#: troops to operate in the country]".
_TEXT_THAT_ALLOWED = re.compile(r"(?P<text>\b(?:agreement|deal|accord|treaty|pact|memorandum))\s+(?:that|which)\s+"
                                r"(?:allowed|allows|permitted|permits|let|lets|required|requires|obliged|obliges|gave|gives)\b[^,;]*",
                                re.I)
#: A threat and what it threatens, which did not happen: "and threatened to expel its troops".
_THREATENED_TO = re.compile(r"\b(?:and\s+)?threaten(?:ed|s|ing)?\s+to\s+[^,;.]*", re.I)
#: Prisoners of war, whose war is no happening of the sentence's: "prisoners of war", "prisioneros de guerra".
_PRISONERS_OF_WAR = re.compile(r"\b(?:prisoners?|POWs?|prisioneros?|prisonniers?|prigionieri|prisioneiros?)\s+(?:of|de|di)\s+"
                               r"(?:guerre|guerra|war)\b", re.I)
#: A plan, an effort or talks meant to end a war, or terms that ended one: "a US plan to end the war", "efforts aimed at
#: ending the fighting", "the terms that ended NATO's bombing".
_PLAN_TO_END_A_WAR = re.compile(r"\b(?P<plan>plan|proposal|bid|efforts?|push|initiative|framework|roadmap|talks|negotiations|terms)\s+"
                                r"(?:aimed\s+at\s+|to\s+|that\s+|which\s+)(?:end|ended|ending|stop|stopped|stopping|halt|halted|"
                                r"halting)\s+(?:the\s+|a\s+|[A-Z][\w.-]*['’]s\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:war|fighting|conflict|offensive|hostilities|bombing|bombardment|siege)\b")
#: An absolute "with" clause, which tells what went with a happening: ", with the war in Ukraine again dominating the agenda".
_ABSOLUTE_WITH = re.compile(rf"{ABSOLUTE_WITH}[^,;]{{0,80}}?\s{ABSOLUTE_WITH_GERUND}[^,;]*")
#: …and the words around a date from such a "with" on.
_WITH_TO_END = re.compile(rf"{ABSOLUTE_WITH}.*$")
#: A body named after its treaty: "the Collective Security Treaty Organization", "the North Atlantic Treaty Organisation".
_TREATY_BODY = re.compile(r"(?:\s+the)?(?:\s+[A-Z][\w'’.-]*){1,6}\s+Treaty\s+Organi[sz]ation\b")
#: A treaty's name, whose words say what it limits, not what was done: "the Anti-Ballistic Missile Treaty", "the
#: Intermediate-Range Nuclear Forces Treaty", "the Chemical Weapons Convention".
_TREATY_NAME = re.compile(r"(?:\s+the)?(?:\s+[A-Z][\w'’.-]*){1,6}\s+(?:Treaty|Convention|Protocol)\b")
#: A treaty's article or clause, cited: "Article 4 of the NATO treaty", "Chapter VII of the UN Charter".
_ARTICLE_OF_A_TREATY = re.compile(r"\b(?:Articles?|Chapter|Clause|Section|Paragraph)\s+[\dIVXLC]+\w*\s+of\s+(?:the\s+|its\s+)?"
                                  r"(?:[\w'’.-]+\s+){0,4}?(?:[Tt]reaty|[Aa]greement|[Aa]ccords?|[Cc]harter|[Cc]onvention|[Cc]onstitution)\b")
#: German's past of "sein", spelled like the English noun.
_GERMAN_WAS = re.compile(r"\b(?:[Ww]ar|[Ww]aren|[Ww]arst|[Ww]art)\b")


#: A happening told only as starting or ending, whose kind its sentence tells: "The campaign began".
_HAPPENING_RAN = re.compile(r"(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:began|started|ended|resumed|erupted|broke\s+out|"
                            r"got\s+under\s+way|opened|closed)\b")
#: "since" opening a clause of its own, and the clause's first words, where its subject is: "…since [Takaichi] became…",
#: "…since [President Donald Trump] returned…".
_COUNTED_SINCE_TITLE = re.compile(r"\bsince\s+(?:the\s+)?(?P<head>[\w'’.-]+(?:\s+[\w'’.-]+){0,2})")


#: A saying inside a relative clause after a noun: "that U.S. officials said", "which the ministry says".
_SAYING_IN_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:that|which|whom)\s+(?:[\w.'’-]+\s+){1,4}?(?:said|says|claimed|claims|alleged)\b")


def classify_kind(title: str, sentence: str, context: str = "", reported: bool = False,
                  scheduled: bool = False, language: str = "en") -> EventKind:
    """The kind of a happening from its title, else from the words around its date (`sentence`); the
    whole sentence and the one before (`context`) only decide whether "the first round" was a vote or talks. A date of what
    a title `reported` ("Officials said talks could take place in Rawalpindi [on Dec. 8]", "The command said
    the incursions began [at 11:30 p.m.]") is of the kind of what is reported, not of the saying. In German, "war" is
    the past of "sein" ("Er war in der Ukraine"), no war."""
    if language == "de":
        title, sentence, context = (_GERMAN_WAS.sub("ist", text) for text in (title, sentence, context))
    if language == "nl":  # ("stemde in met een steunpakket": Dutch "met" is "with", no meeting)
        title, sentence, context = (re.sub(r"\bmet\b", "", text) for text in (title, sentence, context))
    if _NATURAL_DISASTER.search(title) or _ACCIDENT_TITLE.match(title) and not _WEAPON_OR_ATTACK.search(title):
        return EventKind.OTHER  # (…or an accident: "The collapse killed 16 people")
    if _QUOTE_THEN_SAYER.fullmatch(title.strip()):
        return EventKind.STATEMENT  # '"Nobody wants a war," a diplomat said': words, whatever they speak of
    if _REFUSAL.match(title.strip()):
        return EventKind.STATEMENT  # "Iran will not return to talks as long as it faces strikes": a stance, nothing done
    if _REJECTED_A_TEXT.search(title):
        # "The FLNKS confirmed its rejection of the Bougival accord", "Hamas rejected the ceasefire proposal", "Le FLNKS a
        # rejeté l'accord": words against a text, no accord made nor truce begun
        return EventKind.STATEMENT
    if _BANNED_GATHERINGS.search(title):
        return EventKind.OTHER  # "…dissolved all political parties and banned political meetings": a ban, no meeting held
    if _QUARREL_TITLE.fullmatch(title.strip().rstrip(".")) or _QUARREL_NAMED.fullmatch(title.strip().rstrip(".")):
        # "A dispute erupted", "The dispute over Taiwan remarks": a quarrel, whatever deal or call its sentence names
        return EventKind.OTHER
    if _DIED.match(title) and not dict(KIND_RULES)[EventKind.MILITARY_ACTION].search(title):
        return EventKind.OTHER  # "Lakhdar Brahimi died at his home in Paris": a death, whatever war its sentence names
    if _INDEPENDENCE.search(_AFTER_PHRASE_END.sub(" ", title)):
        # "A 1990 declaration of independence": a state's birth, whatever the sentence around it calls for (but not what
        # the title's own happening came after: "Fighting breaks out after a declaration of independence")
        return EventKind.OTHER
    if _PRIZE_WON.search(title):
        return EventKind.OTHER  # "Abiy won the Nobel Peace Prize for ending that war": a prize, whatever it was for
    if _ANNIVERSARY_TITLE.match(title):
        return EventKind.OTHER  # "The 75th anniversary of the start of the Korean War": a day remembered, no war
    if _APPOINTED.search(title):
        return EventKind.OTHER  # "Sharaa is named interim president at a meeting of factions": an appointment
    if _SIGNED_A_LAW.search(title):
        return EventKind.OTHER  # "Dodik signed laws that suspended rulings…": a law made, whatever "signed" says elsewhere
    court = _COURT_DOING.search(title)
    if court is not None and not re.search(r"\b(?:said|says|told|announced|reported|stated)\b", title[:court.start()]):
        return EventKind.OTHER  # "A former minister was sentenced … for taking bribes in an arms deal": a court's doing
    if _ATTEMPTS_AT_A_DEAL.match(title.strip()):
        return EventKind.TALKS  # "Previous attempts at a deal collapsed over the status of SDF fighters": talks failed
    if _LEGISLATURE_VOTED.match(title.strip()) and not re.search(r"\belect(?:ion|ions|ed)?\b", title, re.I):
        # "Greenland's parliament voted in April to set up a commission": a vote, no election (but what it voted for
        # may be of a kind: "The Security Council voted to lift sanctions on Sharaa")
        voted_for = _kind_words(title)
        return next((kind for kind, pattern in KIND_RULES if kind in (EventKind.SANCTION, EventKind.AGREEMENT, EventKind.CEASEFIRE)
                     and pattern.search(voted_for)), EventKind.OTHER)
    struck = _DEAL_STRUCK.search(title)
    if struck is not None:  # "The deal was struck in 2015": no strike
        what = (struck["what"] or struck["struck"]).lower()
        return EventKind.CEASEFIRE if what in ("truce", "ceasefire") else EventKind.AGREEMENT
    ended_with = _ENDED_WITH.search(title) or _DEAL_ENDED.search(title)
    if ended_with is not None:  # "The new war ends with a deal": the deal (or truce) is the happening of its day
        # (…as when the deal is what ended it: "The Pretoria agreement ended Ethiopia's two-year war")
        return EventKind.CEASEFIRE if ended_with["what"].lower() in ("truce", "ceasefire", "armistice") else EventKind.AGREEMENT
    if re.match(r"(?:[Vv]oters|[Tt]he\s+electorate)\b", title.strip()) and dict(KIND_RULES)[EventKind.ELECTION].search(title):
        return EventKind.ELECTION  # "Voters narrowly rejected the first version in a referendum": a vote, not a rejection said
    if _TERM_RUNS_OUT.search(title):
        return EventKind.OTHER  # "Zourabichvili's term ends": an office's course, whatever the sentence says of the war
    swap = _PRISONER_SWAP.search(title)
    if swap is not None and not re.search(r"\b(?:agree\w*|deal|talks|negotiat\w*|plan\w*|to)\s", title[:swap.start() + 1]):
        return EventKind.OTHER  # "The rebels and the government began exchanging about 300 prisoners": a swap, no fighting
    if _PEOPLE_RELEASED.match(title.strip()):
        return EventKind.OTHER  # "The release of 42 detainees by the parties to the conflict": a release, whatever war it ends
    if _WON_A_VOTE.search(title):
        return EventKind.ELECTION  # "Her party won the November 2020 election in a landslide": the vote's outcome
    if _ANSWERED_CHARGE.search(title):
        return EventKind.STATEMENT  # "Asmara dismissed the charge as a fabrication": words, whatever war the charge names
    if _MADE_PEACE.search(title):
        return EventKind.AGREEMENT  # "The two countries made peace in July 2018"
    if _ACCUSING.match(title.strip()):
        return EventKind.STATEMENT  # "Ethiopia and Eritrea traded accusations over a build-up of troops": words, no troops
    if _MEETING_TO.search(title) or _TALKS_SUBJECT.match(title.strip()) or _BRIEFED_ON.search(title) \
            or _DELEGATES_MET.match(title.strip()) \
            or _GOING_FOR_TALKS.search(title) or _AGREED_TO_MEET.search(title) or _TALK_AGAIN.search(title) \
            or _TALKS_LED.search(title) \
            or _TALKS_ACTED_ON.search(title) or _ROUND_FAILED.match(title.strip()):
        # "will meet again on Nov. 6 to agree on how the truce will be monitored", "Ceasefire talks resumed": a meeting
        return EventKind.TALKS
    if _STATE_REPORTED.match(title):
        return EventKind.STATEMENT  # "A panel of experts reported that the embargo remained ineffective": a finding
    if not reported and not scheduled and _SAID_WOULD.match(title):
        # "A spokesman said it would engage positively but would not accept any deal": the saying's day, an intent said
        return EventKind.STATEMENT
    own = _SAID_OWN_DOING.match(title) or (_SAID_REPORTED.match(title) if reported else None)
    if own is not None and _STANCE.match(own["rest"]):
        return EventKind.STATEMENT  # "…said it remained committed to the deal": a stance said, no deal made
    if _SAYING_VERB.search(title) and _STANCE_TOLD.search(sentence):
        # "The Envoy told the Security Council this morning that the parties remain committed to the truce": a stance
        # told, whoever holds it, no truce made
        return EventKind.STATEMENT
    if own is not None and _TALKS_SUBJECT.match(own["rest"].strip()):
        return EventKind.TALKS  # "…said talks on the second phase of the ceasefire would resume in Cairo": talks
    if own is not None:  # "The military said it carried out strikes": the strikes are the happening
        rest = _kind_words(own["rest"])  # ("said the rocket fire had violated the ceasefire": no ceasefire)
        done = next((kind for kind, pattern in KIND_RULES if kind is not EventKind.STATEMENT and pattern.search(rest)), None)
        if done is not None:
            return done
        if own.re is _SAID_REPORTED:
            # "The court said it would hold hearings [from March 9 to 13]": a date ahead is the hearings', not the saying's;
            # "Guyana says the border was settled by an arbitration panel [in 1899]": a date the saying reports is no saying's
            return EventKind.STATEMENT if dict(KIND_RULES)[EventKind.STATEMENT].search(rest) else EventKind.OTHER
    # a title with a verb of its own tells its own happening: the sentence's saying around it
    # ("…officials confirmed that Kopp is a suspect in shootings that injured doctors [in November]") is no kind of it
    told_own = bool(_OWN_PAST_VERB.search(title)) and not title.lstrip().startswith(("``", '"', "“", "‘"))
    head = re.sub(r"^(?:The|A|An)\s+", "", title.strip()).split(None, 1)[0] if title.split() else None
    counted_from = _COUNTED_SINCE_TITLE.search(sentence) if head else None
    if counted_from is not None and head.lower() in counted_from["head"].lower().split() \
            and not _HAPPENING_RAN.match(title.strip()):
        # "It was their first meeting since Takaichi became prime minister on Oct. 21": what is counted since a doing
        # is no kind of it (but "the 21st strike since the campaign began" tells what the campaign was)
        sentence = sentence[counted_from.start():]
    said_after = CLOSING_SAYING_THAT.search(sentence)
    if said_after is not None and " ".join(title.split()[:2]).lower() in sentence[said_after.end():].lower():
        # "Rights groups criticised the accord, recalling that more than 1,200 people died at sea in 2025": a title told
        # from what the closing saying says takes no kind from the clause before it
        sentence = sentence[said_after.end():]
    opening = " ".join(re.sub(r"^(?:The|A|An)\s+", "", title.strip()).split()[:2])
    clause_of_time = re.search(rf"\b(?:before|until|till|once)\s+(?:the\s+|a\s+|an\s+)?{re.escape(opening)}\b", sentence,
                               re.IGNORECASE) if opening and not told_own and _SCHEDULED_PRESENT_VERB.search(title) else None
    if clause_of_time is not None:
        # "Washington wants a deal signed before the UN General Assembly opens in New York next week": a title told from
        # the time clause a plan is due by takes no kind from the plan
        sentence = sentence[clause_of_time.start():]
    for pass_number, text in enumerate((title, sentence)):
        skip_statement = pass_number == 1 and told_own
        # (…nor is what the title's happening came after: "The committee was created, after the ceasefire")
        # (…and in the words around the date, what the title's own happening came after: "asumió un tercer mandato tras
        # unas elecciones cuestionadas")
        text = _kind_words(_AFTER_PHRASE_END.sub(" ", _SINCE_PHRASE.sub(" ", text)) if pass_number == 0
                           # (…and with a title of its own verb, what it came after lends it no kind: "Petro había
                           # congelado el proceso el 17 de enero, tras una ofensiva del ELN…")
                           else _AFTER_PHRASE_END.sub(" ", text)
                           if _AFTER_PHRASE_END.search(title) or told_own or FOREIGN_PAST.search(title) else text)
        if pass_number == 0 and told_own:
            # "The first strike hit a speedboat that U.S. officials said had left Venezuela": a saying inside a relative
            # clause about the object is no saying of the title's
            text = _SAYING_IN_RELATIVE.sub(" ", text)
        if len(set(_GERMAN_WORDS.findall(text.lower()))) >= 2:
            text = re.sub(r"\bwar\b", "", text)  # "Das Paket war vorgeschlagen worden": German "was", no war
        if len(set(_FRENCH_WORDS.findall(text.lower()))) >= 2:
            text = re.sub(r"\bbarrages?\b", "", text, flags=re.I)  # "le Grand barrage de la Renaissance": a dam, no shelling
        for kind, pattern in KIND_RULES:
            if skip_statement and kind is EventKind.STATEMENT:
                continue
            if pattern.search(text):
                if kind is EventKind.STATEMENT and pass_number == 0 and _MET_THEN_SAID.match(text):
                    return EventKind.TALKS  # "The two leaders met in Ankara and pledged to keep…": a meeting
                return kind
    if _VOTING_ROUND.search(title) or _VOTING_ROUND.search(sentence):
        if _ROUND_BROKE_DOWN.search(title) or _ROUND_OF_TALKS.search(context):
            # "A first round in the same city collapsed": votes are not said to collapse; "…held the 25th round of
            # consultations. The first round took place in 2013": the sentence before says what the rounds are
            return EventKind.TALKS
        return EventKind.ELECTION  # "Sunday's first round", when nothing says it was one of talks
    if (_ROUNDS_HELD.match(title.strip()) or _ROUND_BY_ITS_PLACE.match(title.strip())) and _TALKS_AROUND.search(context):
        # "Delegations will reconvene in Istanbul on Dec. 15. Earlier rounds were held on Oct. 25 and Nov. 6": rounds of
        # what the sentences around them meet for
        return EventKind.TALKS
    return EventKind.OTHER


#: A title that is a quotation and who said it: '"Nobody wants a war, but everyone is preparing for one," a
#: diplomat said', "``We will not retreat,'' the minister told reporters".
_QUOTE_THEN_SAYER = re.compile(r"(?:``|[\"“‘])[^\"“”]{3,}?(?:''|[\"”’])\s*,?\s+(?:[\w'’.-]+\s+){1,8}?"
                               r"(?:said|says|told\s+[\w-]+|added|wrote|posted|insisted|warned|declared)(?:\s+[\w-]+){0,4}[.!?]?")
#: A main clause that says what will not be done: "Iran will not return to nuclear talks…", "Hamas won't disarm".
_REFUSAL = re.compile(r"(?:[\w'’.-]+\s+){1,8}?(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+"
                      # (a happening that will not take place is called off, no stance: "The election will not take place")
                      r"(?!be\b)(?!take\s+(?:office|place)\b)(?!go\s+ahead\b)[a-z]")
#: A rejection of a text, in the languages read: "rejected the ceasefire proposal", "its rejection of the accord",
#: "a rejeté l'accord", "rechazó el acuerdo", "ha respinto l'accordo", "lehnte das Abkommen ab".
_REJECTED_A_TEXT = re.compile(r"\b(?:rejected|rejects|rejection\s+of|refused|spurned|turned\s+down|"
                              r"(?:a|ont)\s+rejeté|rejet(?:te|tent)?(?:\s+de)?|rechaz(?:ó|aron|a|an|o\s+(?:de|a))|"
                              r"(?:ha|hanno)\s+respinto|respin(?:se|sero)|rejeit(?:ou|aram)|lehnte\w*|abgelehnt)\s+"
                              r"(?:(?:the|a|an|its|their|l['’]|le|la|les|el|los|las|il|lo|o|a|os|as|das|den|die|der)\s*)?"
                              r"(?:[\w'’-]+\s+){0,3}?(?:proposals?|plans?|offers?|deals?|accords?|agreements?|texts?|drafts?|"
                              r"terms|propos\w*|accordo|acuerdo|acordo|abkommen|vorschlag|plan|texte|projet)\b", re.I)
#: A state's independence declared or gained: "a 1990 declaration of independence", "Kosovo declared independence".
_INDEPENDENCE = re.compile(r"\b(?:declarations?\s+of\s+independence|independence\s+declarations?|(?:declared|declares|gained|gains|"
                           r"won|proclaimed)\s+(?:its\s+|their\s+)?independence)\b", re.I)
#: An office or a mission's term running its course: "Zourabichvili's term ends", "The mission's mandate expires".
_TERM_RUNS_OUT = re.compile(r"\b(?:term|mandate|tenure|presidency)\s+(?:of\s+[^,;]{1,60}?\s+)?(?:(?:formally|officially)\s+)?(?:ends|ended|expires|expired|"
                            r"runs\s+out|ran\s+out|will\s+end|will\s+expire|is\s+due\s+to\s+(?:end|expire))\b", re.I)
#: A charge answered: "dismissed the charge", "denied the accusations", "rejected the claims".
_ANSWERED_CHARGE = re.compile(r"\b(?:dismissed|denied|rejected|refuted|denies|rejects|dismisses)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
                              r"these\s+|those\s+)?(?:[\w-]+\s+)?(?:charges?|accusations?|claims?|allegations?|reports?)\b")
#: Peace made between sides, in so many words: "The two countries made peace".
_MADE_PEACE = re.compile(r"\b(?:made|make|makes|making|sealed)\s+peace\b")
#: A release of people held, told as a noun: "The release of 42 detainees", "The handover of 20 hostages".
# (…or told by its doer: "Hamas freed 13 Israeli hostages in the first exchange of a four-day truce")
_PEOPLE_RELEASED = re.compile(r"(?:The|A)\s+(?:[a-z-]+\s+){0,2}?(?:prisoner|hostage|detainee|POW)s?\s+(?:swap|exchange|release)\b"
                              # ("The last exchange returned 185 Ukrainian soldiers": a swap told by what it brought back)
                              r"|(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}?(?:exchange|swap|handover)(?:,?\s+[^;]{0,40}?[\s,])?\s*"
                              r"(?:returned|freed|released|brought\s+(?:home|back)|involved|included)\b"
                              r"|(?:(?:The|A)\s+(?:[a-z-]+\s+)?(?:release|handover|return|exchange|swap)\s+of\s+"
                              r"|(?:[\w'’.-]+\s+){1,4}?(?:freed|released|handed\s+over|swapped|exchanged)\s+(?:some\s+|about\s+|at\s+least\s+)?"
                              r"(?=(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s))"
                              r"(?:[\w,-]+\s+){0,3}?(?:detainees|prisoners|hostages|captives|soldiers|civilians|fishermen|sailors|bodies|"
                              # (…or staff held: "released 12 United Nations staff members", "freed 20 aid workers")
                              r"staff(?:\s+members)?|workers|employees|journalists|crew\s+members|crew)\b"
                              # (…or one person freed: "Niger's military authorities released the son of Bazoum")
                              r"|(?:[\w'’.-]+\s+){1,5}?(?:freed|released)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?(?:son|daughter|wife|"
                              r"husband|brother|sister|father|mother|family|journalist|reporter|activist|aid\s+worker|opposition\s+leader)\b")
#: A vote won or lost: "won the November 2020 election", "swept Saturday's municipal polls".
_WON_A_VOTE = re.compile(r"\b(?:won|wins|swept|sweeps|lost|loses)\s+(?:the|a|an|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:elections?|vote|polls?|referendum|run-?off|ballot|primary|primaries)\b")
#: A prize won or given: "won the Nobel Peace Prize", "was awarded the Sakharov Prize".
_PRIZE_WON = re.compile(r"\b(?:won|wins|awarded|received|receives|ganó|recibió)\s+(?:the\s+|el\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:Prize|prize|Award|award|Premio|premio)\b")
#: A sentence that only says who said the one before, and when: "Das teilte die Miliz am Donnerstagabend mit.", "Así lo
#: anunció el ministerio el lunes.", "C'est ce qu'a annoncé le ministère lundi.", "Lo ha reso noto il ministero ieri."
_SAYS_THE_SENTENCE_BEFORE = re.compile(
    r"(?:(?:Das|Dies)\s+(?:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|bestätigte|bestätigten|"
    r"gab|gaben|meldete|meldeten|verkündete|verkündeten)\b"
    rf"|Así\s+lo\s+(?:{saying_pasts('es', attributing=True)})\b"
    r"|C['’]est\s+ce\s+qu['’](?:a|ont)\s+(?:annoncé|indiqué|déclaré|affirmé|confirmé|fait\s+savoir)"
    r"|Lo\s+(?:ha|hanno)\s+(?:annunciato|detto|reso\s+noto|comunicato|confermato)\b)")
#: A question of when something will be: "When will there be a deal?".
_WHEN_WILL_THERE_BE = re.compile(r"When\s+(?P<modal>will|would|could|can|might|should)\s+there\s+be\s+(?P<what>[^?]{2,80})\?")
#: A question of when a thing did or will happen: "When did the latest fighting start?", "When will the talks resume in
#: Doha?".
# (…or whether, answered by a date: "Will you travel to Sanaa?" / "Next week, I hope.")
_WHEN_DID = re.compile(r"(?:When\s+(?P<aux>did|will)|(?P<whether>Did|Will))\s+(?P<words>(?:the|a|an|this|these|those|its|their|you|they|we|he|she|"
                       r"[A-Z][\w'’.-]*)\s[^?]{2,90})\?")
#: An answer of a date alone, no verb of its own: "In early September, after the collapse of the deal.", "Last year."
# (…or a count back, a day word: "Ten days ago, in Niamey.", "Yesterday.")
_DATE_ONLY_ANSWER = re.compile(r"(?:In|On|At|Last|Next|Early|Late|Mid|Around|About|Back\s+in|Since|Sometime|Yesterday|Today|Tomorrow|"
                               r"This|That|Earlier|(?:[\w-]+\s+){1,3}(?:days?|weeks?|months?|years?|decades?)\s+ago)\b"
                               r"[^.?!]*[.!]?\s*")
_FINITE_IN_ANSWER = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|[a-z]{3,}ed|"
                               r"began|broke|came|went|took|fell|met|started|ended)\b")
#: The bare verbs of a happening a question asks the time of, after its subject.
_HAPPENING_BASES = frozenset(IRREGULAR_VERBS) | {
    "start", "end", "open", "close", "collapse", "resume", "escalate", "erupt", "happen", "arrive", "stop", "fail",
    "sign", "agree", "join", "die", "vote", "return", "move", "launch", "announce", "decide", "withdraw", "expire",
    "occur", "finish", "enter", "reopen", "restart", "stall", "intensify", "change", "visit", "travel", "attack",
    "release", "invade", "resign", "call", "talk", "host", "convene", "reconvene"}


def _answered_when(question: str, answer: str) -> str | None:
    """The title a date-only `answer` gives the `question` of when something happened: its subject and its verb, told in
    the past ("did") or ahead ("will")."""
    # (an interview's labels are no words of either: "Q: When did the talks begin?" / "A: In earnest in June")
    # (…nor are a transcript's: "QUESTION: When did she…" / "SPOKESPERSON: In March.")
    question = re.sub(r"^(?:Q|Question|QUESTION)\s*[:.]\s*", "", question)
    answer = re.sub(rf"^\s*(?:A|Answer|{SPEAKER_NAME})\s*[:.]\s*", "", answer)
    asked = _WHEN_DID.fullmatch(question)
    if asked is None or not _DATE_ONLY_ANSWER.fullmatch(answer.strip()) or _FINITE_IN_ANSWER.search(answer):
        return None
    words = asked["words"].split()
    verb_at = next((i for i, w in enumerate(words) if i >= 1 and w in _HAPPENING_BASES), None)
    # (a pronoun's verb comes right after it, an adverb of which time between: "When did you first realise a deal was
    # possible?" realised, no deal made)
    if words and words[0].lower() in ("you", "i", "we", "they", "he", "she", "it") and len(words) >= 2:
        verb_at = 2 if words[1] in _WHICH_TIME_ADVERBS and len(words) >= 3 else 1
    if verb_at is None:
        return None
    # (an adverb of which time it was stays before the verb: "When did she last meet the delegations?")
    adverb = words[verb_at - 1] if verb_at >= 2 and words[verb_at - 1] in _WHICH_TIME_ADVERBS else ""
    subject = " ".join(words[:verb_at - 1] if adverb else words[:verb_at])
    verb, rest = words[verb_at], " ".join(words[verb_at + 1:])
    # (an interviewer's "you" is the one who answers: "When did you first sit down with the FARC?")
    subject = re.sub(r"^you\b", "I", subject)
    # (…and what is the interviewer's "your" is the answerer's own: "When did you last meet your counterpart?")
    rest = re.sub(r"\byour\b", "my", rest) if subject == "I" else rest
    told = past_of_base(verb) if (asked["aux"] or asked["whether"].lower()) == "did" else f"will {verb}"
    told = f"{adverb} {told}" if adverb else told
    return f"{subject[:1].upper()}{subject[1:]} {told}" + (f" {rest}" if rest else "")


#: An adverb of which time it was, between a question's subject and its verb: "When did she [last] meet…".
_WHICH_TIME_ADVERBS = ("last", "first", "finally", "ever")
#: A title of a hope alone, nothing hoped for: "I hope", "We expect", "I think so".
_ONLY_HOPED = re.compile(r"(?:I|We)\s+(?:hope|expect|think|believe|guess|trust)(?:\s+so)?")
#: A stance said of oneself: "remained committed to", "is still bound by", "stands by".
_STANCE = re.compile(r"(?:remain(?:s|ed)?|is|was|are|were|stays?|stayed)\s+(?:fully\s+|still\s+|firmly\s+)?"
                     r"(?:committed\s+to|bound\s+by|attached\s+to|open\s+to)\b|stands?\s+by\b|stood\s+by\b")
#: A saying's verb: "said", "told".
_SAYING_VERB = re.compile(r"\b(?:said|says|told|tells|stressed|insisted|reiterated|reaffirmed)\b")
#: A stance told as what was said: "told the Council … that the parties remain committed to the truce".
_STANCE_TOLD = re.compile(rf"{_SAYING_VERB.pattern}\s+(?:[^,;\"“]{{0,60}}?\s)?(?:that\s+)?[^,;\"“]{{0,60}}?\b(?:{_STANCE.pattern})")
#: Rounds told alone: "Earlier rounds were held", "A previous round took place in Doha".
_ROUNDS_HELD = re.compile(r"(?:(?:The|A|An|Earlier|Previous|Later|Two|Three|Several)\s+)?(?:[a-z]+\s+)?rounds?\s+"
                          r"(?:were|was|had\s+been|have\s+been)?\s*(?:held|took\s+place|ended|opened|began)\b", re.I)
#: A round named by its place in a series: "The next round is scheduled", "The last round".
_ROUND_BY_ITS_PLACE = re.compile(r"(?:The|A|An)\s+(?:(?:next|last|latest|previous|new|final|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
                                 r"[A-Z][\w-]*-(?:hosted|brokered|led|sponsored))\s+)+"
                                 r"round\b(?!\s+of\s+(?:voting|elections?|polls?|the\s+(?:vote|election)))", re.I)
#: Words of meeting in the sentences around a round: talks, delegations reconvening, negotiators.
_TALKS_AROUND = re.compile(r"\b(?:talks|negotiations|consultations|discussions|reconven\w+|delegations|negotiators|"
                           r"mediators)\b", re.I)


def calendar_timexes(timexes: Iterable[Timex]) -> list[Timex]:
    """Dates that name a stretch of the calendar (not durations, sets or 'now')."""
    out = []
    for t in timexes:
        if t.type not in ("DATE", "TIME") or t.value.endswith("_REF"):
            continue
        try:
            When.from_timex(t.value)
        except TimexError:
            continue
        out.append(t)
    return out


def _when(t: Timex) -> When:
    return When.from_timex(t.value, phrase=t.text, approximate=t.mod in ("START", "END", "MID", "APPROX"))


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twelve": 12}
#: A stretch reaching back from the day of writing, after the word that spans it: "[over] the past month", "[during] the
#: last two weeks", "[for much of] the past year" (the tagger names the calendar unit before, as TimeML does; a happening
#: over it ran up to that day).
_STRETCH_TO_NOW = re.compile(r"the\s+(?:past|last)\s+(?:(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                             r"twelve)\s+)?(?P<unit>day|week|month|year)s?", re.I)
_SPANNING_BEFORE = re.compile(r"\b(?:over|during|throughout|in|within|for)\s+(?:(?:much|most|all|part)\s+of\s+)?$", re.I)


def _stretch_to(t: Timex, text: str, published: date) -> tuple[When, When] | None:
    """The days "over the past month" spans, up to the day of writing (not the calendar month before it)."""
    stretch = _STRETCH_TO_NOW.fullmatch(t.text)
    if stretch is None or not _SPANNING_BEFORE.search(text, max(0, t.start - 24), t.start):
        return None
    count = stretch["count"] or "1"
    n = int(count) if count.isdigit() else _NUMBER_WORDS[count.lower()]
    unit = stretch["unit"].lower()
    if unit in ("day", "week"):
        first = date.fromordinal(published.toordinal() - n * (7 if unit == "week" else 1))
    else:
        months = n * (12 if unit == "year" else 1)
        year, month = divmod(published.year * 12 + published.month - 1 - months, 12)
        first = date(year, month + 1, min(published.day, calendar.monthrange(year, month + 1)[1]))
    try:
        since = When.of_day(first.year, first.month, first.day)
        told = _when(t)
    except TimexError:
        return None
    if told.latest <= since.earliest:
        return None  # (a stretch back from a past the story had reached: "In March 2024, …over the past month")
    return since, When.of_day(published.year, published.month, published.day)


_SINCE = re.compile(rf"(?<!\w)(?:{SINCE_WORDS}|с|з)\s+(?:the\s+|el\s+|le\s+|la\s+|as\s+|os\s+|o\s+|a\s+)?$", re.I)
#: An ordinal right before a date: "the fourth this year", "its third launch this month".
_COUNTED_OVER = re.compile(r"\b(?<!-)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                           r"latest|last)(?:\s+[a-z][\w-]*){0,2}"
                           # "the third strike on the plant this month"
                           r"(?:\s+(?:on|in|at|against|of|by|for|from)(?:\s+[a-z][\w-]*){1,3})?\s+(?:so\s+far\s+)?$"
                           # ("has visited Port Sudan twice this year, most recently in late October": a count of times)
                           r"|\b(?:twice|(?:three|four|five|several|many|\d+)\s+times)\s+(?:so\s+far\s+)?$", re.I)
#: A total right before the span it counts over: "the number displaced in North Darfur [this year]", "the death toll
#: [this month]".
_TOTAL_OVER = re.compile(r"\b(?:number|total|toll|tally|count|figure)(?:\s+(?!(?:has|have|had|was|were|is|are|rose|fell|"
                         r"grew|reached|climbed|doubled|increased|dropped)\b)[\w-]+){0,5}\s+(?:so\s+far\s+)?$", re.I)
_HOLIDAY_NAME = re.compile(HOLIDAY)
#: A noun right after a holiday's name: "Easter truce", "Christmas ceasefire", "Ramadan fast".
_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|but|was|were|is|are|has|had|will|would|when|as|in|on|at|to|for|of|by|with|"
                        r"from|this|last|next|that|which|who|[a-z]+ing|[a-z]+ed|began|begins|ends|starts|came|comes|"
                        r"fell|falls|passed|approaches"
                        # (nor the holiday's own time: "over the Eid al-Adha holiday", "the Easter weekend")
                        r"|holidays?|festival|weekend|period|break|season|celebrations|feast)\b)[a-z]{3,}\b"
                        r"(?!\s+(?:the|a|an|his|her|their|its)\b)")
#: The end of a date, or the words right after it, that make it an attribute of a thing: "-century",
#: "-era", "-vintage" (looked for from the date's last characters into what follows it).
_DESCRIBES_A_THING = re.compile(r"-(?:century|era|vintage|style|built|old)\b|^(?:pre|post)-\d{4}", re.I)
#: What a year is the year of, when a plan or a reckoning: "the 2030 agenda", "the 2027 appeal", "its budget for".
_PLAN_NOUN = (r"(?:agenda|strategy|plans?|budgets?|targets?|goals?|vision|roadmap|appeals?|forecasts?|outlook|programmes?|"
              r"programs?|priorities|estimates?|projections?|quotas?|allocations?|requirements|funding\s+request|guidance|"
              r"(?:financial|funding|budget|military|energy|humanitarian)\s+needs|"
              # (…and what falls short of one: "a funding shortfall of more than $200 million for 2027")
              r"shortfalls?|(?:funding|financing)\s+gaps?|deficits?)")
#: A plan or a line a year names: "the 2030 agenda", "its 2050 net-zero target", "the 2027 budget", "the 1967 lines".
_PLAN_AFTER_YEAR = re.compile(r"\s+(?:(?!(?:the|a|an|its|their|his|her)\s)(?!(?-i:[a-z]{3,}ed)\s)[\w-]+\s+){0,3}?(?:" + _PLAN_NOUN + r"|horizon|deadline|timetable|lines?|borders?|"
                              r"boundaries|frontiers?|chair|chairmanship|chairpersonship|presidency)\b", re.I)
#: A year's tally after its possessive: "[last year's ]record", "[this year's ]figures".
_TALLY_AFTER_POSSESSIVE = re.compile(r"\s*(?:[\w-]+\s+)?(?:record|figures|numbers|data|statistics|results|tally|totals?|"
                                     r"performance|average)\b", re.I)
#: What a year is said to be, right after it: "[2026] would be the year of broken truces", "[2025] was the deadliest year".
_YEAR_CHARACTERISED_AFTER = re.compile(r"\s+(?:(?:would|will|could|might|may)\s+be|was|is|has\s+been|had\s+been)\s+"
                                       r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?year\b", re.I)
#: A plan and the year it is for: "the appeal for", "its budget for", "growth forecasts for".
_PLAN_FOR = re.compile(r"\b" + _PLAN_NOUN +
                       # (the plan's topic may come first: "a programme of cooperation for 2027-2029")
                       r"(?:\s+(?:of|on|in)\s+[\w-]+(?:\s+[\w-]+){0,2}?"
                       # (…or its sum: "an appeal for $1.4 billion for 2027")
                       r"|\s+(?:for|of)\s+(?:(?:more\s+than|over|about|some|nearly|almost|up\s+to|at\s+least)\s+)?"
                       r"(?:[$€£]\s?)?\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m))?)?\s+(?:for|of)\s+$", re.I)
#: "the fabled 11th century temple": a century written before a noun describes the thing.
_NOUN_AFTER_CENTURY = re.compile(r"\s+(?!(?:and|or|but|when|as|in|on|at|of|for|to|by|with|from|that|which|who|was|were|is|"
                                 r"are|had|has|have|ago|later|earlier|before|after|until|onwards)\b)[a-z]{3,}\b")
#: A past done, then joined to what has not happened since: "Talks collapsed … and have not resumed", "An insurgency broke
#: out…, and it has never fully ended".
_DONE_THEN_NOT_SINCE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;]*,?\s(?:and|but)\s+"
                                  r"(?:(?:it|they|he|she|we)\s+)?$")
#: A happening told as not having come about (yet): "has still not been signed", "is yet to meet", "did not comment".
_NOT_HAPPENED = re.compile(r"\b(?:has|have|had)\s+(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?[a-z]{3,}"
                           r"|\b(?:has|have|had)n['’]t\s+(?:yet\s+)?(?:been\s+)?[a-z]{3,}"
                           r"|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?yet\s+to\s+[a-z]{3,}"
                           # (…or in a plain past, in the main clause: "He did not comment on Wednesday's announcement",
                           # not "…an opinion finding that the declaration did not violate…", "…if the army did not withdraw")
                           r"|^(?:(?!\b(?:that|which|who|whom|if|unless|whether|when|because|while|although|though)\b).)*?"
                           r"\b(?:did\s+(?:still\s+)?not|didn['’]t)\s+[a-z]{3,}"
                           # (…or by no one: "As of Monday, no country had claimed the drone")
                           r"|(?:^|(?<=,\s))(?:No|None(?:\s+of\s+(?:the|them|these|those))?|Nothing|Nobody|No\s+one|Neither)\b[^,;]{0,40}?\s(?:has|have|had)\s+(?:yet\s+)?"
                           r"(?:been\s+)?[a-z]{3,}"
                           # (…or looked for by no one: "No statement is expected tonight")
                           r"|(?:^|(?<=,\s))(?:No|Nobody|No\s+one|None)\b[^,;]{0,40}?\s(?:is|are)\s+(?:now\s+)?"
                           r"(?:expected|planned|scheduled|due|likely|foreseen)\b", re.I)
#: A gathering that took place, right before its date, inside a clause that tells what did not happen in it: "in [the
#: first round] on", "at [the summit] in".
_HELD_GATHERING_BEFORE = re.compile(r"\b(?:in|at|during)\s+(?P<np>the\s+(?:[a-z-]+\s+){0,3}?(?:round|election|vote|referendum|"
                                    r"summit|meeting|talks|session|poll|ballot|run-?off|primary|congress|conference))\s+"
                                    r"(?:on|in)\s+$")
#: A doing that has not been done again since a date, up to that date: "had not [met] at leaders' level since ".
_NOT_DONE_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+(?:again\s+)?(?P<part>[a-z]{3,})\b"
                             r"(?:\s+(?!(?:that|which|who|when|after|before|because)\b)[\w'’-]+){0,5}?\s+since\s+$")
#: …and its negation in a title: "had not ".
_NOT_DONE_IN_TITLE = re.compile(r"\b(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+(?:again\s+)?(?=[a-z]{3,})")
#: A main clause of what should, could or would have happened: "It should have said so", "The talks could have ended"
#: (not a relative clause's: "…a resolution that would have required approval").
_COUNTERFACTUAL = re.compile(r"(?:(?!\b(?:that|which|who|whom|if|unless)\b)[^,;])*?\b(?:should|could|would|might)\s+(?:not\s+)?"
                             r"have\s+(?:been\s+)?[a-z]{3,}")
#: What should have been, joined on after a past that was done: "[The recount began] and should have taken two weeks".
_JOINED_COUNTERFACTUAL = re.compile(rf"(?P<done>\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\s+(?:but|and)\s+(?:should|could|would|might)"
                                    r"\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]{3,}[^,;\"”’']*"
                                    # (…up to the quotation's close, and who said it: '…two weeks," he said')
                                    r"(?=,?[\"”’']?(?:,?\s+[^,;]{1,40}?\s+(?:said|says|told\s+\w+))?$)")
#: A speaker saying there is nothing to tell: "I have nothing to announce on that today", "no comment".
_NOTHING_TO_TELL = re.compile(r"(?:[\w'’.-]+\s+){0,4}?(?:ha(?:ve|s|d)\s+nothing|(?:do|does|did)\s+not\s+have\s+anything)\s+"
                              r"(?:(?:new|more|further)\s+)?to\s+(?:announce|say|add|share|report|offer|tell)\b"
                              r"|(?:[\w'’.-]+\s+){0,4}?(?:declined|refused)\s+to\s+comment\b", re.I)
#: A phrase that says there was nothing: "No meetings of note", "Nothing scheduled", "No major events".
_NONE_OF_NOTE = re.compile(r"(?:No|Nothing)\b(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[\w'’-]+){0,4}", re.I)
#: A reduced relative's plan turned into a past passive: "[A signing ceremony] was expected", "were due".
_AWAITED_IN_THE_PAST = re.compile(r"(?<=\w\s)(?P<be>was|were)\s+(?P<part>expected|due|scheduled|planned|slated|set\s+to)\b"
                                  r"(?![^,;]*\b(?:but|until|before)\b)")
#: A title left with only a coming, what came being the date: "Then came [the summer]".
_ONLY_TIME_CAME = re.compile(r"(?:(?:Then|And\s+then|And|Now|Soon)\s+)?(?:came|followed|arrived)", re.I)
_ANOTHER_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|[a-z]{3,}ed)\b")
#: A past done, then a second predicate of the same subject that was not: "[Putin apologised for the incident] but did not
#: accept blame".
_DONE_BUT_NOT = re.compile(rf"(?P<done>[^;]*?\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^;]*?),?\s+but\s+"
                           r"(?:did\s+(?:still\s+)?not|didn['’]t|has\s+not|have\s+not|had\s+not|hasn['’]t|haven['’]t)\s+[a-z]")
_SAYING_IN_TITLE = re.compile(r"\b(?:said|says|told|tells|announced|stated|warned|insisted|argued)\b")
#: A sentence asked, not told: "What has happened this year?", "Is there a peace process?".
_QUESTION = re.compile(r"\s*(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}:\s+)?"  # (an asker's label: "Reuters: Will…")
                       # (…and a lead-in and the topic it turns to: "And on Venezuela, did the Secretary speak…?")
                       r"(?:(?:And|But|So|Also|Then|Now|Finally|Lastly)\s*,?\s+)?"
                       r"(?:(?i:on|about|regarding|as\s+for|turning\s+to)\s+[^,?]{1,50},\s+)?"
                       r"[\"“‘]?(?i:What|Why|When|Who|Whom|Whose|Which|How|Where|Is|Are|Was|Were|Did|Do|Does|Can|Could|"
                       r"Will|Would|Should|Has|Have|Had)\b")
#: What makes a date part of a name after "the": "the March 23 Movement", "the 17 February Revolution".
_NAME_AFTER_DATE = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+)?(?:Movement|Revolution|Uprising|Group|Party|Front|Alliance|"
                              r"Coalition|Brigades?|Bloc|Organi[sz]ation|Youth|Martyrs|Square|Street|Bridge|Stadium)\b")
#: A season and a thing it only describes: "the spring holiday", "the summer recess".
_SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|fall|winter)$", re.I)
_SEASONAL_THING = re.compile(r"\s+(?:holidays?|festivals?|festivities|break|recess|semester|term|collection|fashion|"
                             r"equinox|solstice|school|sales?|menu|weather|months|clothes)\b", re.I)
#: "…from 1990 levels", "below pre-war 2021 levels": a year named as a measure.
_LEVELS_OF = re.compile(r"['’]?s?\s+(?:levels?|figures?|prices|values?|baseline)\b", re.I)
#: "fell 21% in October from a year earlier", "a rise on the previous quarter": the period just before, named
#: after a preposition of comparison, is what a figure is measured against.
_PERIOD_BEFORE_AS_BASE = re.compile(r"(?:a|one|twelve|12)\s+(?:year|month|quarter|week)s?\s+(?:earlier|ago|before)"
                                    r"|(?:the\s+)?(?:year|month|quarter|week)\s+before"
                                    r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|quarter|week)|(?:the\s+)?year[- ](?:earlier|ago)"
                                    r"(?:\s+(?:period|quarter|month))?", re.I)
_BASE_PREPOSITION = re.compile(r"\b(?:from|on|over|than|against)\s+$"
                               # (…with the figure it was then: "fell to $4 billion from a record $10.25 billion [the year
                               # before]")
                               r"|\b(?:from|than)\s+(?:an?\s+(?:record|peak|high|low)\s+(?:of\s+)?)?(?:about\s+|around\s+)?"
                               r"[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|billion|million|bn|tonnes|[a-z]+)?\s+$", re.I)
#: A superlative right before the year it ranks within: "the deadliest [this year]", "its worst attack so far [this year]".
_RANKED_WITHIN = re.compile(r"\b(?:the|its|their|his|her)\s+(?:deadliest|worst|biggest|largest|highest|lowest|longest|bloodiest|"
                            r"heaviest|most\s+[a-z]+|first|only|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"\d+(?:st|nd|rd|th))(?:\s+(?!(?!armed\b)[a-z]+ed\b)(?!in\b|by\b|against\b)[a-z][\w-]*){0,2}?"
                            # (…and where: "one of the deadliest days in the territory this year")
                            r"(?:\s+in\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?"
                            # (…and by whom or against whom: "the third by the court against Guinea this year")
                            # (…or between whom, and the period's "in": "the third armed conflict between them in [the 20th
                            # century]")
                            r"(?:\s+(?:by|against|from|near|off|along|at|on|between)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?){0,2}"
                            r"(?:\s+in)?\s+(?:so\s+far\s+)?$",
                            re.I)
#: A span a ranking is within: "[the deadliest] this year", "the 20th century" (a season's by "of" alone: "its largest
#: attacks of the autumn", not "the deadliest attack in the spring", which dates the attack).
_RANKED_WITHIN_SPAN = re.compile(r"(?:this|last)\s+(?:year|decade|century)|the\s+\d{1,2}(?:st|nd|rd|th)\s+century", re.I)
#: A superlative's noun and the season it ranks within: "its largest drone attacks of [the autumn]".
_RANKED_OF_SEASON = re.compile(r"\b(?:the|its|their)\s+(?:largest|biggest|heaviest|deadliest|worst|bloodiest|most\s+[a-z]+)\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}of\s+(?=the\s+(?:autumn|fall|winter|spring|summer)$)", re.I)
#: A doing's past right before its object: "issued ", "won ".
_DOING_RIGHT_BEFORE = re.compile(rf"\b(?!(?:was|were|had|became|seemed|remained)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+$")
#: "compared with the same period of 2022", "up from 900 the year before": a date to measure against
#: A doing still to come, which a later "as it did" says was done before: "was ready to host", "will mediate".
_DOING_AHEAD = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:ready|prepared|willing|set|eager)\s+to|will|would|offered\s+to|"
                          r"plans?\s+to|hopes?\s+to)\s+[a-z]{3,}\b")
#: A figure or a figure's start, then the day of the change: "5% on ", "from $15 million on " (what `_COMPARED` found).
_FIGURE_THEN_ITS_DAY = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:from|against)\s+[$€£]?\s?\d[\d.,]*"
                                  r"(?:\s+(?:million|billion|trillion))?)\s+on\s+$")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|higher\s+than|lower\s+than|"
                       # "more incidents in the first half of this year than in all of 2023": the time measured against
                       r"(?<=\s)than\s+(?:in|during|over)(?:\s+all\s+of|\s+the\s+whole\s+of)?(?=\s+(?:the\s+)?$)|"
                       # "the mood is better than yesterday", "calmer than last week": a day a state is measured against
                       r"(?:better|worse|calmer|tenser|stronger|weaker|closer|further|greater|smaller|bigger|more|less|fewer)"
                       r"\s+than(?=\s+(?:(?:in|on|at|during)\s+)?$)|"
                       # "closer than we were a week ago", "fewer than there were in 2019": a state then, to measure by
                       # ("we are where we were two years ago": the same state then)
                       # (…and "three times what they were in early 2022", "a fraction of what it was in 2010")
                       r"(?:than|where|as|(?:times|twice|half|double|triple|of|above|below|to)\s+what)\s+(?:[\w'’]+\s+){1,2}"
                       r"(?:was|were|had\s+been|did)(?=\s+(?:(?:in|on|at)\s+)?$)|"
                       # "down 18% from the second quarter and 31% from a year earlier"
                       r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:from|on|over|against)|"
                       # "orders exceeded the total for FY2024"
                       r"(?:exceed\w*|surpass\w*|outstrip\w*|eclips\w*|overtook|overtak\w*)\s+(?:the\s+|its\s+)?(?:whole\s+|entire\s+)?"
                       r"(?:total|level|figure|record|number|amount)s?\s+(?:for|of|in|set\s+in)|"
                       # "came to $38 billion, against $54 billion in the year before"; "had fallen to 1% from 3% a year earlier"
                       r"(?:against|from)\s+(?:[$€£]\s?)?\d[\d.,]*(?=\s*(?:%|percent|per\s+cent|[$€£]|\s(?:million|billion|trillion)\b))|"
                       r"against\s+(?:[$€£]\s?)?\d[\d.,]*|"
                       # "below the 44% recorded at the same hour in 2021"
                       r"(?:below|above)\s+(?:the\s+)?(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s*(?:%|percent|per\s+cent))\s+[a-z]+|"
                       # "below the level of a year earlier", "above the average for 2019"
                       r"(?:below|above|under|over|short\s+of|ahead\s+of|in\s+line\s+with|close\s+to)\s+(?:the\s+|its\s+)?"
                       r"(?:levels?|figures?|rates?|average|total|record|mark)\s+(?:of|in|for|at|seen\s+in|reached\s+in)|"
                       # "nearly twice as much as in the whole of 2024", "more than in 2019"
                       # (not "more than 500 drones": a quantity, which no preposition follows)
                       r"as\s+(?:much|many|high|low|large)\s+as|(?:more|less|fewer)\s+than\s+(?:in|during|on|at)|"
                       # "a 30 per cent increase over the same period in 2025", "a drop on last year"
                       r"\b(?:an?|the)\s+(?:[\w%.,-]+\s+){0,4}?(?:increase|rise|jump|surge|gain|growth|drop|decline|decrease)\s+(?:on|over|from)|"
                       r"the\s+same\s+(?:period|time|months?|quarter|week)\s+(?:of|in|during|a|last))\b"
                       r"(?:[^,.;]|(?<=\d)[,.](?=\d)){0,40}$"  # ("down from 2,000 in the same period of 2023")
                       # "the most senior official to visit since 2019", "the first since January 2021": the
                       # last time before is named only to measure by
                       # (…or counted since it: "the twelfth large-scale attack on the grid since the start of September")
                       r"|\b(?:first|most|highest|lowest|largest|biggest|worst|deadliest|longest|strongest|only|second|third|"
                       r"heaviest|fiercest|bloodiest|sharpest|steepest|fastest|slowest|smallest|greatest|toughest|busiest|"
                       r"hottest|coldest|wettest|driest|fewest|best|"
                       r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|"
                       r"\d+(?:st|nd|rd|th))\b"
                       # (an abbreviation's points are no stop: "the first visit by a U.S. secretary of state since")
                       # (…nor the comma of coordinate adjectives: "the first one-person, one-vote election since")
                       r"(?:[^,.;]|(?<=\b[A-Z])\.|,(?=\s[a-z]+-[a-z]+\s)){0,80}?\bsince\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?"
                       # (but a gathering named with its day is a happening of its own: "the first contacts since the
                       # Istanbul meetings of May 16")
                       r"(?!(?:meetings?|talks|summits?|visits?|sessions?|rounds?|negotiations|conferences?)\s)[a-z-]+\s+of\s+)?$"
                       # (…with what the date is of: "its lowest monthly figure since the pandemic year of 2020")
                       # …and in French, Spanish and German: "el primero entre ambos desde abril de 2025"
                       # (…or another ordinal, in words or figures, and what the date is the start of: "das 19. seit Beginn
                       # des Angriffskriegs im Februar 2022", "la 12e depuis le début de la guerre en")
                       r"|(?:\b(?:premi[eè]re?s?|primer[oa]?s?|prim[oa]|primeir[oa]s?|erste[nrsm]?|перв\w*|deuxième|"
                       r"troisième|\w+ième|segund[oa]s?|tercer[oa]?s?|second[oa]|terz[oa]|\w+esim[oa]|terceir[oa]s?|"
                       r"zweite[nrsm]?|dritte[nrsm]?|\w+te[nrsm]?(?=\s+(?:seit|Mal))|втор\w*|трет\w*"
                       # (…and Dutch's: "de vijfde ontmoeting sinds juli")
                       r"|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\w+ste(?=\s+(?:\w+\s+)?sinds))\b(?!-)"
                       # (not a weekday: "segunda-feira"; nor a number's thousands: "5.000"; nor a German date's day:
                       # "2. Dezember 2026 (dpa) - Seit dem Beginn…")
                       r"|(?<!\w)\d+(?:\.(?!\d)(?!\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|"
                       r"Oktober|November|Dezember)\b)|e|ème|er|º|ª|°))"
                       r"[^.;]{0,80}?(?<!\w)(?:depuis|desde|seit|sinds|с|dal|dall['’]|dalla|dai|dalle)\s+"
                       r"(?:(?:le\s+|el\s+|o\s+|l['’]|dem\s+)?(?:début|Beginn|inicio|comienzo|inizio|início|начала)\s+"
                       r"[^,.;]{0,50}?\s+(?:(?:en|im|in|de|del|di|em|в)\s+)?)?$", re.I)

#: A commitment whose "by" date is a deadline, kept or not, rather than a happening (but "an agreed
#: line" or "the planned route" are things, no commitment).
_PROMISED_BEFORE = re.compile(r"(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)\b(?:promis|pledg|vow|plann|aim|expect|agre|commit|hop|want|intend|vote|order|urg|demand|threaten|"
                              r"warn)"
                              r"(?:ed|ing)\b[^.;]*$|\b(?:was|were)\s+(?:to|due|set|supposed)\b[^.;]*$", re.I)


def _affirmed(title: str) -> str:
    """A title told without the negation of "not … until": "will not take office" → "will take office",
    "did not arrive" → "arrived", "does not apply" → "applies", "won't open" → "will open"; the cleft
    "It was not until Tuesday that Castro revealed…" → "Castro revealed…"."""
    cleft = re.match(r"(?:(?:But|And)\s+)?[Ii]t\s+(?:was|is|will\s+be|had\s+been)(?:\s+not|n't)?\s+that\s+(?=\w)", title)
    if cleft:
        rest = title[cleft.end():]
        return rest[:1].upper() + rest[1:]
    title, done = re.subn(r"\b[Dd]id(?:\s+not|n't)\s+(\w+)", lambda m: past_of_base(m[1]), title, count=1)
    if not done:
        title, done = re.subn(r"\b([Dd]oes|[Dd]o)(?:\s+not|n't)\s+(\w+)",
                              lambda m: _third_person(m[2]) if m[1].lower() == "does" else m[2], title, count=1)
    if not done:
        title = re.sub(r"\b([Ww]o|[Cc]a)n't\b", lambda m: {"w": "will", "c": "can"}[m[1][0].lower()], title, count=1)
        title = re.sub(r"n't\b|\s+not\b", "", title, count=1)
    # (what none of was done is one, once done: "its delegates did not attend any summit until this week" attended a summit)
    title = re.sub(r"\b(?:any|a\s+single)\s+(?=([a-z]))", lambda m: "an " if m[1] in "aeio" else "a ", title, count=1)
    # ("work did not start until this summer because of disputes over land": the reason is the delay's, not the start's)
    return re.sub(r",?\s+(?:because\s+of|due\s+to|owing\s+to|amid|pending)\s+[^,;]*$", "", title)


def _third_person(base: str) -> str:
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")


#: A happening due by a day is scheduled for it: "The next renewal is due by 31 January" (not a deadline
#: set for another happening, "must withdraw by Friday").
_DUE_BY = re.compile(r"\b(?:is|are|was|were|falls?|fell)\s+due\s+(?:(?:to\s+[a-z]+|in|at|from|before)\b[^,;.]{0,40}?\s+)?"
                     r"by\s+(?:the\s+)?$"  # (…or "are due in both parliaments by", "are due to leave by")
                     # (…or expected to be done by then: "Negotiations are expected to wrap up by the end of next week")
                     # (…or awaited by then: "Final results are expected by mid-December")
                     r"|\b(?:is|are)\s+(?:expected|awaited)\s+by\s+(?:the\s+)?$"
                     r"|\b(?:is|are)\s+(?:(?:expected|set|scheduled|slated|likely)\s+)?to\s+(?:be\s+)?[a-z]+(?:\s+(?:up|out|off|down))?"
                     r"(?:\s+[^,;.]{1,30}?)?\s+(?:by|no\s+later\s+than)\s+(?:the\s+)?$"  # ("is to hold its first meeting
                     # no later than Jan. 16")
                     # (…or planned to be done by then: "The package is to be paid out by the end of March", "Das Paket soll
                     # bis Ende März ausgezahlt werden")
                     r"|(?<!\w)(?:soll|sollen)\s+(?:[^\W\d_]+\s+){0,4}?bis\s+(?:zum\s+|zur\s+)?$"
                     # (…or planned for a day at the latest: "scheduled for no later than June 28", "prévues au plus tard le
                     # 28 juin", "previstas a más tardar el 28 de junio", "previste entro il 28 giugno")
                     r"|\b(?:scheduled|planned|set|slated|due)\s+(?:for\s+)?no\s+later\s+than\s+(?:the\s+)?$"
                     r"|(?<!\w)(?:prévu|previst[oa])(?:e|s|es|as|os|i)?\s+(?:para\s+)?(?:au\s+plus\s+tard|a\s+más\s+tardar|entro)"
                     r"(?:\s+(?:le|la|el|il|en))?\s+$"
                     # (…or told in the future by then: "Elections will be held no later than December 2028", "se
                     # tiendront « au plus tard en décembre 2028 »", "se celebrarán a más tardar en junio", "si terranno entro
                     # giugno")
                     # (its object and place may be long: "will finish disarming Hezbollah south of the Litani River by")
                     r"|\bwill\s+(?:be\s+)?[a-z]+(?:\s+(?:up|out|off|down))?(?:\s+[^,;.]{1,60}?)?\s+(?:by|no\s+later\s+than)\s+(?:the\s+)?$"
                     # (…or in the future of a report, "Grigoryan said the talks would resume by Jan. 20", or of an
                     # expectation, "We expect the work to resume no later than Jan. 20")
                     r"|\b(?:said|says|told\s+[\w-]+|announced|added)\s+(?:that\s+)?[^,;.]{1,60}?\s+would\s+(?:be\s+)?[a-z]+"
                     r"(?:\s+(?:up|out|off|down))?(?:\s+[^,;.]{1,60}?)?\s+(?:by|no\s+later\s+than)\s+(?:the\s+)?$"
                     r"|\b(?:we|I|they|he|she|it)\s+(?:fully\s+)?expects?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:be\s+)?[a-z]+"
                     r"(?:\s+(?:up|out|off|down))?(?:\s+[^,;.]{1,60}?)?\s+(?:by|no\s+later\s+than)\s+(?:the\s+)?$"
                     r"|(?<!\w)[^\W\d_]{3,}(?:ront|ra|rán|rá|ranno|rà)\s+(?:[^,;.]{1,30}?\s+)?[«\"“]?\s*"
                     r"(?:au\s+plus\s+tard|a\s+más\s+tardar|entro)(?:\s+(?:le|la|el|il|en))?\s+$", re.I)
#: What a sentence opened by its deadline plans for then, right after the date: "By the end of February[, the working
#: groups are to present] a plan", "Bis Ende Februar [sollen] die Arbeitsgruppen…", "D'ici fin février, les groupes [doivent]…"
#: (a plan for that date, as "is to be paid out by" is; a bare "By Friday, talks had…" tells a happening by its tense).
_FRONTED_DUE_AFTER = re.compile(r",?\s+(?:[^,;.]{0,50}?\s)??(?:(?:is|are)\s+(?:(?:expected|set|scheduled|slated|due)\s+)?to\s+(?!have\b)[a-z]+"
                                r"|sollen|soll|doivent|doit|devront|devra|deberán|deberá|deben|debe|dovranno|dovrà|deverão|deverá)\b")
_SENTENCE_OPENING_BOUND = re.compile(r"\s*[\"'“«„]?(?:by|bis|d['’]ici|para|entro|hasta|até)(?:\s+(?:the|Ende|fin|finales\s+de|fine))?\s*$",
                                     re.I)
#: A deadline given for a doing, right before its date: "Negotiators have [until] Friday to reach a deal", "Kyiv was
#: given until Thanksgiving to accept", "Elections must be held [by] June 28".
_DEADLINE_UNTIL = re.compile(r"\b(?:have|has|given|giving|gave\s+[\w-]+|granted|grants?\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"until\s+(?:the\s+)?$", re.I)
#: A body's asking of another: "requested", "asked", "tasked".
_ASKING = r"(?:requested|asked|instructed|directed|invited|tasked|urged|called\s+on|calls\s+on|urges)"
_DEADLINE_BY = re.compile(r"\b(?:must|has\s+to|have\s+to|had\s+to|needs?\s+to|(?:is|are)\s+required\s+to"
                          # (…or what a body asked of another: "requested the Secretary-General to present options by")
                          rf"|{_ASKING}\s+(?:[\w'’.-]+\s+){{1,4}}?to\s+[a-z]{{2,}}"
                          # (…or the second thing asked: "requested him to submit a report every 90 days, and to present…")
                          r"(?:[^.;]{0,160}?,?\s+and\s+to\s+[a-z]{2,})?)\s+"
                          # (a limit of its own may come first: "must be completed within a year of the mandate's end, by")
                          r"(?:[\w'’-]+,?\s+){0,9}?(?:by|no\s+later\s+than)\s+(?:the\s+)?$", re.I)

#: A plan or a future, then "before" its bound: "A technical meeting is planned in Istanbul [before] the end of the year",
#: "Two of them should open [before] Christmas" (what is still to come is due by then).
# (not a negation's: "will not meet before the new year" says when it will not)
# (…or what someone expects to happen by it: "We expect the first exchange to take place by the end of next week")
_PLANNED_BEFORE_BOUND = re.compile(r"\b(?:(?:is|are)\s+(?:planned|scheduled|expected|due|set|slated)|will|should|shall)\s+"
                                   r"(?:(?!(?:not|never)\b)[\w'’-]+,?\s+){0,9}?before\s+(?:the\s+)?$"
                                   r"|\b(?<!\bhad\s)(?:expects?|expected)\s+(?:(?!(?:not|never)\b)[\w'’-]+\s+){0,6}?to\s+"
                                   r"(?:(?!(?:not|never)\b)[\w'’-]+,?\s+){0,6}?(?:by|before)\s+(?:the\s+)?$", re.I)
#: A future's doing, then "by" its date: "will stop processing crude [by] the end of".
_WILL_DO_BY = re.compile(r"\bwill\s+(?!(?:not|never|be\s+expected)\b)(?:[a-z]+ly\s+)?[a-z]{3,}\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:the\s+)?$")
#: A body's asking another to do a thing, whose deadline is the date: "requested [the Secretary-General] to [present options]".
_ASKED_TO = re.compile(rf"(?:[^;]{{1,160}}?)\s{_ASKING}\s+(?P<who>(?:the\s+)?[^,;]{{1,50}}?)"
                       r"\s+to\s+(?P<rest>[a-z]{2,}[^;]*)$")
#: The same in the other languages we read, a modal of duty before "at the latest": "doivent se tenir au plus tard le",
#: "deben celebrarse a más tardar el", "müssen spätestens am … stattfinden", "devono svolgersi entro il".
_FOREIGN_DEADLINE = re.compile(r"(?<!\w)(?:doit|doivent|devra|devront|debe|deben|deberá|deberán|tienen?\s+que|muss|müssen|"
                               r"deve|devono|dovrà|dovranno|devem|deverá|deverão|"
                               # (…or should: "dovrebbe concludersi entro la fine dell'anno")
                               r"devrait|devraient|debería|deberían|dovrebbe|dovrebbero|sollte|sollten|deveria|deveriam)"
                               r"\s+(?:[^\W\d_]+\s+){0,3}?"
                               r"(?:au\s+plus\s+tard|a\s+más\s+tardar|spätestens|entro|até)(?:\s+(?:le|el|am|il|la|o|a|ao|à|al|au|"
                               r"fin|finales\s+de|fine|Ende))?\s+$",
                               re.IGNORECASE)


def _deadline(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the deadline of a doing it gives the time until or by, which is a
    happening due then, not a bound of another."""
    before = text[max(0, start - 260):start]
    if _DEADLINE_BY.search(before) or _FOREIGN_DEADLINE.search(before) or _PLANNED_BEFORE_BOUND.search(before):
        return True
    return bool(_DEADLINE_UNTIL.search(before) and re.match(r"[^,;.]{0,30}?\s+to\s+[a-z]{2,}", text[end:end + 60]))


#: "Is not due until 2030", "won't take office until January": the happening comes at that date.
#: (not a delay refused: "should not postpone the question until the spring" is no happening in spring)
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\s+(?!(?:\w+\s+){0,3}?(?:postpon|delay|defer|wait|put\s+off|hold\s+off|push\w*\s+back|"
                        r"leave|keep)\w*)(?:\w+\s+){0,4}?(?:until|till)\s+(?:the\s+)?$", re.I)
#: A passive told in the past ("Elections were held"), which a happening still to come tells ahead.
_PASSIVE_PAST = re.compile(r"(?<=[a-z])\s(was|were)\s(?=(?:[a-z]+ly\s)?(?!(?:planned|scheduled|expected|slated|announced|"
                          r"proposed|called|agreed|decided|postponed|delayed|moved|pushed|set\s+for|"
                          # (a plan told in the past is no passive of the happening: "was supposed to start")
                          r"supposed|meant|intended|required|obliged|asked|invited|urged|told)\b)"
                          r"(?:[a-z]{3,}ed|held|made|built|signed|sworn|taken|given|chosen|begun|won)\b)")
#: A date counted from another ("a week earlier", "two days later", "three days ago").
_COUNTED_DATE = re.compile(r"\b(?:earlier|later|before|after|ago)(?:\s+(?:this|that|the\s+same)\s+(?:week|month))?$", re.I)
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECADES = re.compile(r"\bdecades?\b", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?")
#: A count of weeks or days from now, which a writer rounds: "three weeks from now", "in two weeks' time".
_COUNTED_AHEAD = re.compile(r"\b(?:from\s+now|(?:weeks?|days?)['’]?\s+time)$", re.I)
#: What tells when a holiday falls, between its name and that date: "Ramadan, which is expected to begin in ".
_HOLIDAY_FALLS = re.compile(r",?\s+(?:which|that)\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|due|set|likely|scheduled|"
                            r"forecast)\s+to\s+)?(?:(?:will|would|should)\s+)?(?:begins?|began|starts?|started|ends?|ended|"
                            r"falls?|fell|runs?|ran|be|is|was)\b(?:\s+[a-z]+ly)?\s+(?:(?:on|in|around|at|from|this|next)\s+)?"
                            r"(?:the\s+)?", re.I)
_RESTATED_AS = re.compile(r",?\s+(?:(?:possibly|probably|perhaps|likely|maybe)\s+)?(?:first\s+)?(?:as\s+(?:soon|early)\s+as|on|in|at)\s+"
                          r"(?:the\s+)?$")


#: A ranking of the happening within a period that holds its date: " for their last summit of ", " in the first
#: such meeting of ".
_RANKED_IN_PERIOD = re.compile(r"[^.;]{0,40}?\b(?:the|their|its|his|her)\s+(?:first|last|final|second|third|fourth|biggest|"
                               r"largest|longest|only|latest)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+of\s+(?:the\s+)?", re.I)
#: An opening that looks back to a time, which the clause after it then tells more finely.
_LOOKING_BACK_TO = re.compile(r"^\W*(?:If|When)\s+(?:you|we|one)\s+(?:go|look|think|cast\s+(?:your|our)\s+minds?)\s+back\s+"
                              r"(?:to|at)\s+(?:the\s+)?$|^\W*(?:Back\s+in|Going\s+back\s+to|Looking\s+back\s+(?:to|at)|"
                              r"Think\s+back\s+to)\s+(?:the\s+)?$", re.I)
#: How far a week or a month reached by a count may lie from the day it is then said as, in seconds.
_ROUNDED_BY = {Precision.WEEK: 7 * 86_400, Precision.MONTH: 15 * 86_400}


#: A day, or a part of one: "2026-11-27", "2026-11-27TEV".
_DAY_AND_PART = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|MI|DT))?")


#: An opening that says the news was told before: "As we announced yesterday, ", "Also, as announced on Monday, ".
_AS_SAID_BEFORE = re.compile(r"(?:(?:Also|And|But),?\s+)?\b[Aa]s\s+(?:(?:we|I|they|he|she|it|the\s+[a-z]+|[A-Z][\w'’.-]*)\s+)?"
                             r"(?:(?:had|has|have)\s+)?(?:announced|reported|said|noted|mentioned|stated)\b[^,;]{0,40},\s+")
#: …and what a title keeps of it, its "as" maybe gone: "We announced, ", "As announced, ".
_AS_SAID_IN_TITLE = re.compile(r"(?:As\s+)?(?:(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]he\s+[a-z]+|[A-Z][\w'’.-]*)\s+)?"
                               r"(?:(?:had|has|have)\s+)?(?:announced|reported|said|noted|mentioned|stated),\s+")
#: What joins a clock time to the day it starts on: " starting on", ", beginning".
_STARTING_BETWEEN = re.compile(r"\s*,?\s*(?:starting|beginning|effective|from)\s+(?:on\s+|from\s+)?", re.I)


def _middle_year(value: str) -> int:
    """The year a TIMEX3 value is about: "2004-04" is 2004, a decade "199X" its middle, 1995."""
    return int(value[:3] + "5") if value[3:4] == "X" else int(value[:4])


#: The dash, bracket or comma that sets off a count back to a date right after it: "April 2023 — [three months ago] —".
_AGO_SET_OFF = re.compile(r"\s*[—–(,]\s*|\s+-{1,2}\s+")
#: …and what closes it.
_AGO_SET_OFF_CLOSES = re.compile(r"\s*(?:[—–),]|-{1,2}\s)")


#: A count on or back from the story's day: "Two years later", "a month earlier".
_COUNT_ON = re.compile(r"(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                       r"(?:days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|on))")
#: What says a date again right after one: ", in ", ", on ".
_SAID_AGAIN_AS = re.compile(r",\s+(?:in|on)\s+(?:the\s+)?")


def restated_dates(sentence_text: str, offset: int, timexes: list[Timex]) -> list[Timex]:
    """Dates said again more finely right after them: "a month later, on Sept. 28" is Sept. 28; the
    coarse one dates nothing of its own."""
    restated = []
    range_starts = {t.range_id: t for t in reversed(timexes) if t.range_id is not None}  # (once: no pass per date)
    for first, second in zip(timexes, timexes[1:], strict=False):
        between = sentence_text[first.end - offset:second.start - offset]
        opening = range_starts.get(first.range_id, first) if first.range_id is not None else first

        if re.match(r"['’]s\b", between) and re.search(r"\b(?:on|in)\s+$", between) and len(second.value) >= 10 \
                and not re.search(r"\b(?:which|who|that|when|where|after|before)\b", between) \
                and _within(second.value[:10], first.value):
            # "Last week's agreement on energy, reached … on Nov. 25,": a week or month said as the owner of a thing, and
            # the day of it the sentence gives, are one happening, told by the day
            restated.append(first)
            continue
        if _said_again_in_brackets(first, second, sentence_text, offset):
            restated.append(second)  # "…said on Wednesday (Dec. 2)", "on Monday (Nov 10)": the same day said again in brackets
            continue
        if _AGO_SET_OFF.fullmatch(between) and second.text.lower().endswith("ago") \
                and _AGO_SET_OFF_CLOSES.match(sentence_text, second.end - offset) and first.value[:7] == second.value[:7]:
            # "…cut the last hotlines in April 2023 — three months ago — and…": how long ago the date was, set off
            restated.append(second)
            continue
        if _STARTING_BETWEEN.fullmatch(between) and _DAY_ONLY.fullmatch(second.value) and opening.value[:10] == second.value:
            # "a curfew from 2200 to 0500 local time starting on Saturday": the day the hours (already on it) start
            restated.append(second)
            continue
        if CLOCK_OF_THE_DAY_BETWEEN.fullmatch(between) and _DAY_ONLY.fullmatch(first.value) \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?", second.value) and second.value[:10] == first.value:
            # "…at a public sitting on Dec. 15, beginning at 3 p.m.": the hour it starts tells the same happening, finer
            restated.append(first)
            continue
        if _COUNT_ON.fullmatch(first.text) and _SAID_AGAIN_AS.fullmatch(between) and re.search(r"\d{4}", second.text):
            # "Two years later, in September 2018, …": a count on, said again by a date written with its year, is that
            # date (which may read the story's year better than the count did)
            restated.append(first)
            continue
        if _HOLIDAY_NAME.fullmatch(first.text) and (_HOLIDAY_FALLS.fullmatch(between) or (
                re.fullmatch(r",?\s+(?:on\s+|\()", between) and first.value[:10] == second.value[:10])) \
                or (restated and restated[-1] is first and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|to|-|–)\s*", between)
                    and _HOLIDAY_FALLS.search(sentence_text, 0, first.start - offset)):
            # "before the start of Ramadan, which is expected to begin in mid-February": the holiday's own date, said
            # again, dates no happening of its own (nor the second of its months: "which fell in February and March")
            restated.append(second)
            continue
        if second.type == "TIME" and re.fullmatch(r"\s*[(\[]\s*", between) \
                and re.match(r"\s*(?:[A-Z]{2,5}\s*)?[)\]]", sentence_text[second.end - offset:second.end - offset + 8]):
            # "by midnight Monday (2100 GMT)": the same moment in another zone
            restated.append(second)
            continue
        if first.start - offset == dateline_end(sentence_text) and re.match(r"\s*:", between) \
                and not re.search(r",\s+(?:and|but)\s|;", between):
            # "February: Leaders, meeting in Addis Ababa on Feb. 14-15, elected…": a review's label, said again more
            # finely in its own clause (but "May: The truce collapsed…, and rebels took the airport on May 19" has two)
            try:
                if When.from_timex(first.value).contains(When.from_timex(second.value)):
                    restated.append(first)
                    continue
            except TimexError:
                pass
        if re.fullmatch(r"\s+", between) and _WEEKDAY_ONLY.fullmatch(first.text) \
                and re.fullmatch(r"(?:last|that|the\s+previous)\s+year|a\s+year\s+(?:ago|earlier|before)", second.text, re.I) \
                and first.value[:4] != second.value[:4]:
            # "early on Saturday last year": a weekday of another year, which the year says as far as it can be known
            restated.append(first)
            continue
        if _RANKED_IN_PERIOD.fullmatch(between):
            try:
                if When.from_timex(second.value).contains(When.from_timex(first.value[:10])):
                    # "meet on Dec. 17-18 for their last summit of the year": the year the summit ranks in, no happening
                    restated.append(second)
                    continue
            except TimexError:
                pass
        if _COUNTED_DATE.search(first.text) and re.fullmatch(r"\W*", sentence_text[dateline_end(sentence_text):first.start - offset]) \
                and re.match(r",\s", between) and ";" not in between and re.fullmatch(r"\d{3}[\dX]", first.value) \
                and not _JOINED_CLAUSE_BETWEEN.search(between) \
                and re.match(r"\d{4}", second.value) and second.type == "DATE":
            # "Two decades later, a U.N. plan … was put to referendums in April 2004": a rounded count opening the
            # sentence, then the date itself in its clause
            near = 10 if _DECADES.search(first.text) else 1
            if abs(int(second.value[:4]) - _middle_year(first.value)) <= near:
                restated.append(first)
                continue
        if not _RESTATED_AS.fullmatch(between) and not (_LOOKING_BACK_TO.search(sentence_text, 0, first.start - offset)
                                                         and re.fullmatch(r",\s+[^,;.]{0,60}?\b(?:in|on|at)\s+(?:the\s+)?",
                                                                          between)):
            # (…nor a season looked back to before its month: "If you go back to the spring, the same thing happened in
            # April")
            continue
        try:
            coarse, fine = When.from_timex(first.value), When.from_timex(second.value)
        except TimexError:
            continue
        if coarse.contains(fine) and coarse != fine:
            restated.append(first)
        elif fine.contains(coarse) and fine != coarse and re.fullmatch(r"\s+in\s+(?:the\s+)?", between):
            restated.append(second)  # "agreed over the Easter weekend in April": the weekend said again more coarsely
        elif fine.precision is Precision.WEEK and coarse.precision is Precision.MONTH \
                and coarse.earliest <= fine.earliest + (fine.latest - fine.earliest) // 2 < coarse.latest:
            restated.append(first)  # "early next month, probably in the first week of December": a week mostly in it
        elif _COUNTED_AHEAD.search(first.text) and fine.precision is Precision.DAY \
                and coarse.earliest - 14 * 86400 <= fine.earliest <= coarse.latest + 14 * 86400:
            restated.append(first)  # "three weeks from now, on Dec. 28": a rounded count, then the day
        elif _COUNTED_DATE.search(first.text) and _DAY_ONLY.fullmatch(first.value) \
                and _DAY_AND_PART.fullmatch(second.value) \
                and abs(date.fromisoformat(first.value).toordinal() - date.fromisoformat(second.value[:10]).toordinal()) <= 3:
            # "A week earlier, on Christmas Day": a count the writer rounded, then the day (or its part: "A day
            # earlier, on Friday evening")
            restated.append(first)
        elif _COUNTED_DATE.search(first.text) and _DAY_ONLY.fullmatch(second.value) \
                and coarse.precision in (Precision.WEEK, Precision.MONTH) \
                and coarse.earliest - _ROUNDED_BY[coarse.precision] <= fine.earliest < coarse.latest + _ROUNDED_BY[coarse.precision]:
            restated.append(first)  # "Thirty years ago this week, on Nov. 21, 1995": the week a count rounds to, then the day
        elif _COUNTED_DATE.search(first.text) and coarse.precision is Precision.YEAR \
                and abs(fine.year - coarse.year) <= (5 if _DECADES.search(first.text) else 1):
            restated.append(first)  # "A decade ago, in February 2015", "Five years ago, in 2020": a rounded count, then when
    return restated


#: A clause of its own joined on between two dates: "Six years later, a war … ended[, and the] Simla Agreement of July
#: 1972…" (the count and the date are two happenings, not one said twice).
_JOINED_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her|[A-Z])")


#: "Within" before a bare period, a bound as "by" is: "pledged to turn the armistice into a treaty [within] the year" (not
#: a count from a day: "to withdraw within a year after that" is due then).
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.I)
#: A modal's doing due before a period's end, which is its deadline: "would take place in Baku before [the end of the year]".
#: (not a refusal's: "would not seek to open accession talks before the end of 2028" tells nothing done by then)
_MODAL_BEFORE_END = re.compile(r"\b(?:could|would|will|may|might|should|must|shall)\s+(?!not\b|never\b)(?:[\w'’-]+\s+){1,6}?before\s+"
                               r"(?:the\s+)?(?:end|close)\s+of\s+[^,;.]{2,30}$", re.I)
#: A modal before "by" and its date: "a law could be passed by the end of the year" is a deadline.
_MODAL_BY = re.compile(r"\b(?:could|would|will|may|might|should|must|can|shall)\s+(?:[\w'’-]+\s+){0,3}by\s+(?:the\s+)?$")
#: How many dated sentences back "The swap came a day after…" looks for the swap.
_RECENT_SENTENCES = 5
#: A present state that still holds, which "today" only marks as current: "It is still there today",
#: "The border remains closed today".
_STILL_HOLDS = re.compile(r"\b(?:(?:is|are)\s+still|still\s+(?:is|are|exists?|stands?|holds?|lives?)|persists?"
                          # (the verb, not the noun: "the remains inside the tomb")
                          r"|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bhuman\s)(?<!\bRoman\s)remains?)\b", re.I)
#: A relative clause with its own past about a noun the page's greeting names, up to a date: ", which opened on ".
_COVERED_THING_RELATIVE = re.compile(r",\s+(?:which|that)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|began|met|ran)\s+(?:on|in)\s+$")
#: What a live page says of itself, after its time stamp: a greeting, a pause, a close, thanks for reading.
_LIVE_PAGE_HOUSEKEEPING = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?[-–—:|]?\s*)?"
    r"(?:(?:Good\s+(?:morning|afternoon|evening)|Hello|Hi|Welcome)\b[^.!?]{0,80}?\b(?:coverage|live|blog|updates|page)\b"
    r"|We(?:['’]re|\s+are|\s+will\s+be|['’]ll\s+be)\s+(?:now\s+)?(?:pausing|ending|closing|wrapping\s+up|bringing)\b[^.!?]{0,60}?"
    r"\b(?:coverage|live|blog|updates|page)\b"
    r"|This\s+(?:live\s+)?(?:blog|page|coverage)\s+(?:is|has)\s+(?:now\s+)?(?:closed|ended|paused)"
    # (…or stamping itself: "This page was last edited on 14 November 2026", "This article was updated on…")
    r"|This\s+(?:page|article|story|report|entry|post)\s+(?:was|has\s+been)\s+(?:last\s+)?(?:edited|updated|modified|revised|"
    r"published|amended)\b"
    r"|(?:Thank\s+you|Thanks)\s+for\s+(?:following|reading|joining|staying)"
    # ("That's all from us for today.": the page signing off)
    r"|That(?:['’]s|\s+is)\s+(?:all|it)\s+(?:from\s+(?:us|me)|for\s+(?:now|today|tonight|this\s+(?:week|issue|edition|month)))\b"
    # ("See you next Friday.": a newsletter's goodbye)
    r"|See\s+you\s+(?:(?:all\s+)?(?:next|on|tomorrow|again|soon|then|in)\b)[^.!?\n]{0,30}[.!]?\s*$"
    # ("Here is what you need to know today.": a newsletter introducing itself)
    r"|Here(?:['’]s|\s+is|\s+are)\s+(?:what\s+(?:you\s+need\s+to\s+know|to\s+know|we\s+know|happened|you\s+missed)|the\s+(?:latest|news|stories)|"
    r"your\s+(?:morning|evening|daily|weekly)\s+(?:brief|briefing|digest|update)"
    # (…or a story introducing its list: "Here is how events unfolded this week", "Here is a look at the main events")
    r"|how\s+(?:events|the\s+(?:day|week|crisis|coup|attack|talks|vote))\s+(?:unfolded|played\s+out|developed)"
    r"|a\s+(?:look|timeline)\s+(?:at|of)"
    # (…or the day a key-events page stands at: "Here is the situation on Thursday, November 21, 2024")
    r"|the\s+(?:situation|state\s+of\s+play|latest)\s+(?:on|as\s+of|at)\b)\b"
    # (a list's heading: "12:30 GMT – What we know so far:", "Key points:", "Catch up: what happened overnight")
    r"|(?:What\s+we\s+know(?:\s+so\s+far)?|What\s+(?:happened|we\s+learned)\s+(?:today|overnight|so\s+far)|"
    r"(?:The\s+)?(?:Key|Main)\s+(?:points|developments|takeaways)|Summary|Recap|Catch(?:ing)?\s+up)\b[^.!?]{0,40}?"
    # (a few words after its colon at most: "Recap: officials met in Geneva on Sunday…" is news told again)
    r"(?::(?:\s*[^\s.!?]+){0,5}\s*(?:\n|$)|\s*$)"
    # (a greeting alone: "07:00 GMT – Good morning.")
    r"|(?:Good\s+(?:morning|afternoon|evening)|Hello|Hi|Welcome(?:\s+back)?)(?:\s+(?:everyone|all))?\s*[.!]?\s*$)", re.I)


#: A sentence that only says what day it is, or how much of the year is left: the calendar, no happening.
_TELLS_THE_DAY = re.compile(r"\s*(?:(?:Today|Tonight|Tomorrow|Yesterday|It|This)\s+(?:is|was|will\s+be)\s+(?:[^;!?\n]{0,60}?\bthe\s+\d+(?:st|nd|rd|th)\s+"
                            r"day\s+of\b[^;!?]*|(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                            r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?[.!]?\s*$)"
                            r"|There\s+(?:are|were|will\s+be)\s+\w+\s+(?:days?|weeks?|months?)\s+(?:left|remaining|to\s+go)\b"
                            # (a column's own furniture: "Today's birthdays: …", "Thought for today: …")
                            r"|(?:Today['’]s\s+(?:birthdays?|anniversaries|quote|thought|weather)|Thought\s+for\s+today)\b"
                            # (a report speaking of itself: "1. The present report covers developments from 1 September…")
                            r"|(?:\d{1,3}\.\s+)?The\s+(?:present|current)\s+(?:report|document|note|letter|update)\s+"
                            r"(?:covers|provides|describes|contains|is\s+submitted|summari[sz]es|reviews)\b)", re.I)


#: The bounds of the other languages we read, right before a date: "jusqu'au 31 décembre", "bis Ende März",
#: "hasta el 15 de mayo", "до конца года".
_FOREIGN_BOUND = re.compile(r"(?<!\w)(?:jusqu['’](?:au|à|en)|d['’]ici(?:\s+(?:le|la|à|au|fin))?|avant\s+(?:le|la|fin)|"
                            # ("au plus tard le 18 août", "a más tardar el 15 de mayo", "entro il 31 marzo")
                            r"au\s+plus\s+tard(?:\s+(?:le|la|en|fin|à\s+la\s+fin\s+d['’]))?|a\s+más\s+tardar(?:\s+el)?|"
                            r"no\s+más\s+tarde\s+del?|entro(?:\s+(?:il|la|l['’]|la\s+fine\s+di))?|"
                            r"bis(?:\s+(?:zum|Ende|spätestens))?|spätestens\s+(?:am|bis)|hasta(?:\s+el)?|antes\s+(?:del?|d[oa]s?)|"
                            # ("até ao final de 2028", "fino al 31 dicembre")
                            r"até(?:\s+(?:ao|à|a|o|aos|às))?|fino\s+a(?:l|lla|ll['’])?|"
                            r"до)\s+(?:le\s+|la\s+|el\s+)?$", re.IGNORECASE)
#: Turkish's bound after its date: "2050[ yılına kadar]", "Mart[’a kadar]" (until, or by).
_TURKISH_BOUND_AFTER = re.compile(r"(?:['’][a-zçğıöşü]+)?(?:\s+(?:yılı|yılına|ayına|ayı|tarihine|sonuna))?\s+kadar\b")
#: A clock time without its day: "7 p.m.", "06:00", "midnight".
_CLOCK_ONLY = re.compile(r"(?i:(?:about|around|at|from|until|till|to)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?"
                         r"|midnight|noon|dawn|dusk)")
#: What gives a clock time after it the hours of every day or night: "a nightly curfew from", "a curfew between", "daily
#: from".
_HOURS_OF_A_SET = re.compile(r"\b(?:curfews?|nightly|daily|every\s+(?:day|night|evening|morning))\b[^,.;]{0,30}?\s"
                             r"(?:from|between|of|starting\s+at|at)\s+(?:the\s+)?$"
                             # (…or, after an aside about it, the hours it will now run: "The curfew, imposed on Oct. 28
                             # after…, will now run from midnight to 4 a.m. instead of 8 p.m. to 6 a.m.")
                             r"|\bcurfews?\b(?:[^.;]|\.(?=\s+\d)){0,160}?\s(?:run|runs|last|lasts|apply|applies|be\s+in\s+(?:force|effect))\s+"
                             r"(?:from|between)\s[^;]{0,60}$", re.I)
#: A quotation closing right after a date: 'ready to sign "tomorrow."', "``next week''".
_QUOTE_CLOSES = re.compile(r"[.,!?]?\s*(?:[\"”’]|'')")
#: Years in brackets after a name, its span of life or being: "Abakar Mahamat (1961–2019)", "(born 1952)",
#: "the Islands Front (French: Front des Îles; 2016–present)" — what the sentence tells happened on no such date.
_ASIDE_YEARS_OPEN = re.compile(r"\((?:[^()\n]{0,60}?[;,:]\s*)?(?:(?:born|b\.|died|d\.|r\.|reigned|c\.|ca\.|circa|est\.)\s*)?"
                               r"(?:\d{3,4}\s*[–—-]\s*)?$", re.I)
_ASIDE_YEARS_CLOSE = re.compile(r"(?:\s*[–—-]\s*(?:\d{2,4}|present|now|today))?\s*\)")
_YEARS_ONLY = re.compile(r"\d{2,4}(?:\s*[–—-]\s*\d{2,4})?")  # (a range's end may be two digits: "(2022–23)")
#: A happening's noun right before a bracketed year or span, which dates it: "the Bamako accord (2017)", "the War of the
#: Pacific (1879-1884)".
_HAPPENING_BEFORE_YEAR = re.compile(r"\b(?i:accords?|agreements?|treaty|treaties|war|summit|elections?|conference|ceasefire|"
                                    r"truce|deal|referendum|protocol|declaration|pact|convention|crisis|uprising|revolution|"
                                    r"offensive|invasion|coup|massacre|earthquake|talks)"
                                    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                    r"\s*\((?:\d{3,4}\s*[–—-]\s*)?$")


#: "Ahead of" or "before" right before a date: a bound, unless the date owns a happening of its own.
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+$", re.I)
#: A happening a day's possessive names: "[Sunday]'s referendum", "[Monday]'s summit on climate" (not a deadline).
_OWNED_HAPPENING = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:summit|referendum|vote|elections?|talks|meeting|session|polls?|"
                              r"run-?off|ceremony|inauguration|visit|conference|debate|parade|rally|hearing|verdict|launch)\b", re.I)
#: A day or year that marks how long ago a happening was: "[Friday] marks three decades since…", "[This year]
#: marks the 10th anniversary of…" (what it remembers is dated by `counted_clauses`).
_MARKS_YEARS_SINCE = re.compile(r"\s+(?:(?:marks|marked|will\s+mark)\s+(?:exactly\s+)?[\w,.-]+\s+(?:years?|decades?|centur(?:y|ies)|"
                                r"months?|weeks?|days?)\s+since\b|(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:also\s+)?"
                                r"(?:the|its|their)\s+(?:\w+(?:-\w+)?\s+anniversary|(?:bi)?centen(?:ary|nial))\s+of\b)",
                                re.IGNORECASE)


#: A title left with a copula and no doer, because the date was the sentence's subject: "[Christmas Eve] is
#: traditionally quiet", "[2025] was the deadliest year" — what a day is, no happening (but "[Tuesday] was marked by
#: clashes" tells one).
_DAY_AS_STATE = re.compile(r"(?:Is|Are|Was|Were|Will\s+be|Has\s+been|Have\s+been)\s+(?!\w+ed\b)(?!(?:\w+ly\s+)\w+ed\b)"
                           # (…or an age then, no happening: "I was nine that autumn")
                           r"|(?:I|He|She|We|They|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:was|were|is)\s+(?:only\s+|just\s+|barely\s+)?"
                           r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s+years?\s+old)?$"
                           # (…or how something seemed then: "[something that] seemed impossible during the previous decade")
                           # (…or what "it" was or will be then: "First it was [2024], then [2029]", "[Next year] it will be
                           # something else")
                           r"|(?:(?:First|Then|Next|Now|And|But)\s+)?(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:is|was|will\s+be|would\s+be)"
                           r"(?:\s+(?:then|something(?:\s+else)?|nothing|anything|the\s+same|different))?\s*$"
                           r"|(?:Something|Nothing|Anything|Everything|It|This|That)\s+(?:seemed|seems|appeared|appears|looked|"
                           r"looks|felt|feels)\b"
                           # (…or what the air of a time was: "[This year,] the pressure is different", "The mood was more
                           # hopeful", "The situation remained calm")
                           r"|(?:The|Its|Their)\s+(?:[a-z]+\s+)?(?:pressure|mood|situation|atmosphere|tone|picture|outlook|"
                           r"climate|stakes|politics|calculus|dynamics?|context|backdrop|sentiment|feeling|air)\s+"
                           r"(?:is|are|was|were|remained|remains|seemed|seems|felt|feels|looked|looks)\s+"
                           r"(?:(?:more|less|much|very|far|quite|rather|still|so|too|largely|relatively|even)\s+){0,2}"
                           r"(?!\w+ed\b)[a-z]+$"
                           # (…or what things of a kind used to do: "[In the 20th century,] armistices often came before
                           # treaties")
                           r"|(?:(?:The|Its|Their)\s+)?(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*[^s\W]s\s+(?:often|usually|typically|generally|"
                           r"frequently|rarely|seldom|always|tended\s+to|tend\s+to)\b")


#: A chamber or a board that voted: "Greenland's parliament voted…", "Lawmakers voted…" (a vote, no election).
_LEGISLATURE_VOTED = re.compile(r"(?:[\w'’.-]+\s+){0,3}?(?:[Pp]arliaments?|[Aa]ssembly|[Ss]enate|[Cc]ongress|[Cc]ouncil|[Bb]oard|"
                                r"[Ll]awmakers|[Ll]egislators|MPs|[Dd]eputies|[Ss]enators|[Cc]ommittee|[Cc]abinet|[Hh]ouse)\s+"
                                r"(?:(?:will|would|could|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+)?"  # ("Senators will vote")
                                r"(?:\w+ly\s+)?(?:voted|votes|vote)\b"
                                # (…or adopted a resolution: "The U.N. Security Council adopted a U.S.-drafted resolution
                                # endorsing Trump's plan to end the war")
                                r"|(?:[\w'’.-]+\s+){0,3}?(?:[Cc]ouncil|[Aa]ssembly|[Pp]arliament|[Bb]oard)\s+(?:\w+\s+){0,3}?"
                                r"(?:adopted|adopts|passed|passes|approved|approves)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?"
                                r"resolution\b")
#: A war that ends with a deal or a truce: "The new war ends with a deal", "…ended with a Russian-brokered truce".
_ENDED_WITH = re.compile(r"\b(?:war|conflict|fighting|offensive|hostilities)\s+(?:\w+\s+){0,6}?end(?:s|ed)?\s+with\s+(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?P<what>deal|agreement|accord|treaty|truce|ceasefire|armistice)s?\b", re.I)
#: A deal struck, in the passive: "The deal was struck".
_DEAL_STRUCK = re.compile(r"\b(?P<what>deal|agreement|accord|bargain|compromise|truce|ceasefire)s?\s+(?:was|were|had\s+been|"
                          r"has\s+been|have\s+been|is|are)\s+(?:finally\s+)?struck\b"
                          # (…or struck by its parties: "Odinga struck a political pact with Ruto")
                          r"|\bstr(?:uck|ike|ikes|iking)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?P<struck>deal|agreement|accord|bargain|compromise|truce|ceasefire|pact|alliance)\b", re.I)
#: A deal that ended a war: "[The Pretoria agreement ended] Ethiopia's two-year war".
_DEAL_ENDED = re.compile(r"\b(?P<what>deal|agreement|accord|treaty|truce|ceasefire|armistice)\s+(?:\w+\s+){0,2}?(?:ended|ends|"
                         r"brought\s+an\s+end\s+to|halted)\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|fighting|hostilities)\b", re.I)
#: A ranking or a habit counted from a date right after it: "the third of its kind in the region since",
#: "the largest … since", "every year since".
_RANKED_SINCE = re.compile(r"\b(?:(?:than\s+)?at\s+any\s+(?:time|point|moment)|"  # ("in greater numbers than at any time since March")
                           r"(?:the|its|her|his|their)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest|"
                           r"biggest|largest|deadliest|worst|bloodiest|highest|lowest|longest|most\s+\w+)\b[^,;.]{0,50}|"
                           r"\bevery\s+(?:single\s+)?(?:year|month|week|day|season|quarter)|"
                           # (a count of times: "seized weapons on four occasions since", "filled the reservoir five times
                           # since")
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens\s+of|"
                           r"hundreds\s+of)\s+(?:times|occasions))\s+since\s+(?:the\s+)?"
                           # (…or the happening it counts from, in its year: "the most serious blow to its democracy since
                           # independence from the Soviet Union in 1991")
                           r"(?:(?:[a-z-]+\s+){1,3}?of\s+|[a-z][\w-]*\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}in\s+)?$"
                           # ("le premier depuis celui de Bruxelles en", "der dritte Austausch seit", "el primero desde")
                           r"|\b(?:(?:le|la)\s+(?:premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|\d+e)|(?:der|die|das)\s+"
                           r"(?:erste|zweite|dritte|vierte|fünfte|\d+\.)|(?:el|la)\s+(?:primer[oa]?|segund[oa]|tercer[oa]?)"
                           # ("per la prima volta da febbraio", "pela primeira vez desde")
                           # (…an article folded into its preposition too: "del primo scambio da agosto", "du premier")
                           r"|(?:il|la|lo|del|della|dello|al|alla|nel|nella)\s+(?:prim[oa]|second[oa]|terz[oa])"
                           r"|(?:o|a|pela|do|da|no|na)\s+(?:primeir[oa]|segund[oa])|(?:du|au)\s+(?:premier|deuxième|troisième)"
                           r"|(?:del|al)\s+(?:primer[oa]?|segund[oa]|tercer[oa]?))\b"
                           rf"[^,;.]{{0,50}}?\s+(?:{FOREIGN_SINCE_WORDS}|da)\s+(?:(?:le|la|l['’]|dem|der|el|o|a)\s*)?$"
                           # ("Первые прямые переговоры между сторонами после 2022 года": the first since)
                           # (…and the second since a happening named before its date: "его второй визит в Россию после
                           # падения режима Асада в декабре 2024 года")
                           r"|(?<!\w)(?:перв|втор|трет|четв[её]рт|пят)(?:ый|ая|ое|ые|ых|ой|ую|ий|ья|ье|ьи|ого|ей)(?!\w)[^,;.]{0,60}?"
                           r"\s(?:после|с)\s+(?:[^\s,;.]+\s+){0,4}?(?:(?:в|во)\s+)?$", re.I)


#: A page's label for its own stamp, right before a date, and what closes the stamp after it: "(…, updated [28 November
#: 2026])", "Last modified: [3 May 2026]".
_STAMP_LABEL_BEFORE = re.compile(r"\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast\s+(?:updated|modified|edited|reviewed)|"
                                 r"[Cc]ompiled|[Rr]evised)(?:\s+(?:on|at))?\s*:?\s*$")
#: …and a stamp's date before its clock time: "Published [Nov. 28, 2026, ]9:40 p.m.", "Updated: 28 November 2026 at ".
_STAMP_DATE_BEFORE = re.compile(r"\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast\s+(?:updated|modified|edited|reviewed))"
                                r"(?:\s+(?:on|at))?\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?[\w.]+\s+[\w.]+,?\s+\d{4},?\s*(?:at\s+)?$")
_STAMP_CLOSES = re.compile(r"\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?)?\s*(?:[)\]]|$)",
                           re.MULTILINE)
#: A condition's deadline, right before its date: "if Iraq did not withdraw its troops from Kuwait by ".
_CONDITION_S_DEADLINE = re.compile(r"\b(?:if|unless)\s+[^.;:]{3,80}?\sby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:the\s+)?$", re.I)
#: A present state that still holds, right before "today": "[still recognise] today", "[remains in force] today".
_STILL_TODAY = re.compile(r"\b(?:still|remains?|continues?\s+to)\s+(?:[a-z]+\s+){0,3}?(?:[a-z]+s?|in\s+force|in\s+place)\s+$")
#: A thing no happening, right after the year that qualifies it: "[1976] Soviet maps", "[2015] budget".
_THING_AFTER_YEAR = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:maps?|borders?|lines?|budget|census|"
                               r"edition|model|version|levels?|figures?|prices?|rules?|guidelines|boundaries|frontiers?)\b")
#: A happening's noun right after its date: "[Oct. 4] local elections", "[March 2011] uprising".
# (not the subject of a clause after the date's comma: "For the first time since 1972, no agreement limits…")
_HAPPENING_AFTER_DATE = re.compile(r"(?:['’]s|,(?!\s+(?:no|a|an|the|its|their|this|that|every|each)\s))?\s+(?:[a-z][\w-]*\s+){0,2}?(?:elections?|polls|vote|referendum|war|summit|attacks?|"
                                   r"invasion|coup|ceasefire|truce|deal|accord|agreement|talks|massacre|earthquake|"
                                   r"bombings?|uprising|offensive|revolution|crackdown|negotiations|meetings?|visit|strikes|"
                                   r"clashes|fighting|protests|conference)\b")
#: A gathering right before its own day or days: "the Istanbul meetings of ", "talks on ", "the meetings of May 16 and ".
_GATHERING_BEFORE_ITS_DATE = re.compile(r"\b(?:meetings?|talks|summits?|visits?|sessions?|negotiations|conferences?"
                                        # (…or another happening: "since the military takeover of 26 July 2023")
                                        r"|coup|takeover|invasion|massacre|referendum|uprising|revolution|earthquake|"
                                        r"assassination)\s+"
                                        r"(?:of|on|in)\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or)\s+)?$"
                                        # (…or the turn a process took, and where: "since the collapse of negotiations at
                                        # Crans-Montana in July 2017")
                                        r"|\b(?:collapse|breakdown|outbreak|fall|signing)\s+of\s+(?:the\s+)?[^,;.()]{1,50}?\s+(?:in|on)\s+$")
#: A when-clause right after a date, which tells what happened that day.
_WHEN_AFTER = re.compile(r"\s*[\"”’]?\s*,?\s*(?:(?:when|cuando|quand|lorsque|quando|als|когда)(?!\w)|lorsqu['’])")


#: A feast's name (the tagger's table of them), which a day is no happening of: "the Orthodox Christmas", "Eid al-Fitr".
_HOLIDAY = re.compile(rf"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}?{HOLIDAY}")
#: "After" or "following" right before a date.
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.I)
#: "After" a feast, then its day right before the date: "after the Orthodox Christmas on [Jan. 7]".
_AFTER_A_HOLIDAY = re.compile(rf"\b(?:after|following)\s+{_HOLIDAY.pattern}\s*(?:,\s*|\s+on\s+|\s*[(\[]\s*)$")
#: A participle's state since a date, set off in an aside: "(hotline talks), suspended since [May],".
_STATE_SINCE = re.compile(r",\s+(?:\w+\s+)?(?:[a-z]{3,}(?:ed|en)|un[a-z]{3,}|shut|held|left)\s+since\s+(?:the\s+)?$")
#: A stop that holds since a date, right before it: "(hotline talks), suspended since [May]", "(the crossing), which has
#: been closed to cargo since [late May]", "(las conversaciones), suspendidas desde [febrero]": the stopping is a
#: happening of that date, whatever else the sentence dates.
_STOPPED_SINCE = re.compile(r"\b(?:(?:suspended|closed|frozen|banned|shut|blocked|halted|stalled|paused|interrupted|sealed|"
                            r"cut(?:\s+off)?|severed|detained|jailed|imprisoned|besieged|occupied|"
                            # (…or a captive's holding: "who had been held since March last year", "held hostage since")
                            r"(?<=\bbeen\s)held|held(?=\s+(?:hostage|captive|incommunicado)\b))(?:\s+(?!since\b)[\w'’-]+){0,3}"
                            r"\s+since|(?:suspendid|cerrad|congelad|interrumpid|bloquead|paralizad|detenid)[oa]s?\s+desde|"
                            r"(?:suspendu|fermé|gelé|interrompu|bloqué|détenu)e?s?\s+depuis|"
                            # (Portuguese and Italian: "suspenso desde julho", "sospeso da luglio")
                            r"(?:suspens|suspendid|fechad|congelad|interrompid|bloquead|paralisad|detid|pres)[oa]s?\s+desde|"
                            r"(?:sospes|chius|congelat|interrott|bloccat|paralizzat|detenut)[oaie]\s+(?:da|dal|dalla|dall['’]|dai))"
                            r"\s*(?:the\s+|el\s+|le\s+|la\s+|o\s+|il\s+)?$",
                            re.I)


#: What "today's" owns when it means the present day's: "[Today's] negotiators", "[today's] Europe".
_PRESENT_DAYS_OWNED = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:negotiators|leaders|politicians|diplomats|generations?|world|youth|"
                                 r"young|readers|children|students|voters|citizens|society|economy|technology|standards|"
                                 r"terms|realities|reality|climate|circumstances|conditions|Europe|America|Russia|China|"
                                 r"Ukraine|Africa|Middle\s+East)\b")


#: A present perfect right before "since": "Moscow has demanded since", "have occupied it since".
_PERFECT_THEN_SINCE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+(?:it\s+|them\s+)?since\s+(?:the\s+)?$")
#: What opens a clause of its own about something named before: a relative pronoun, or a zero relative's subject.
_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:that|which|who|whom|it|they)\b")


def _main_perfect_since(sentence_text: str, offset: int, t: Timex, dated: list[Timex]) -> bool:
    """"Moscow has demanded since June 2024 that Ukraine withdraw from four regions it claims to have annexed in September
    2022": the main clause's perfect since a date is the sentence's happening then, when every other date stands after
    it inside a clause of its own (a relative's, a reported clause's)."""
    lo = t.start - offset
    # (…or the "since" fronted, the perfect after it: "Since October last year an alliance of armed groups has captured
    # dozens of towns, including Lashio, which fell in late July")
    fronted = _FRONTED_SINCE.fullmatch(sentence_text, dateline_end(sentence_text), lo) \
        and _PERFECT_AFTER_FRONTED_SINCE.match(sentence_text, t.end - offset)
    if not fronted and not _PERFECT_THEN_SINCE.search(sentence_text, max(0, lo - 60), lo):
        return False
    others = [o for o in dated if o is not t]
    return all(o.start > t.end and _CLAUSE_OF_ITS_OWN.search(sentence_text, t.end - offset, o.start - offset) for o in others)


def _since_in_a_clause_of_its_own(sentence_text: str, offset: int, t: Timex, dated: list[Timex]) -> bool:
    """"The convoy left Port Sudan on 14 November and has been stuck at a checkpoint since last weekend": a perfect joined
    on after the other dates holds its "since" alone, a state that began then (no bound of another's happening)."""
    before = [o for o in dated if o is not t and o.end <= t.start]
    if len(before) + 1 != len(dated):
        return False
    lo = before[-1].end - offset if before else 0
    return bool(_PERFECT_JOINED_ON.search(sentence_text, lo, t.start - offset))


#: "Since" opening its sentence: "Since ", "And since late ".
_FRONTED_SINCE = re.compile(r"\s*(?:(?:And|But)\s+since|Since)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?")
#: The main clause's perfect after a fronted "since" date: "[ an alliance of ethnic armed groups has captured]".
_PERFECT_AFTER_FRONTED_SINCE = re.compile(r",?\s+[^,;]{0,80}?\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]{3,}")
#: A perfect joined on to the clause before: " and has been stuck at a checkpoint since ".
_PERFECT_JOINED_ON = re.compile(r"\s(?:and|but)\s+(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}[^,;]*\bsince\s+(?:the\s+)?$")


#: German's going back to a time, before it ("reicht bis in die späten ") and after it (" zurück").
_GERMAN_BACK_TO = re.compile(r"\b(?:reicht|reichen|reichte|reichten|geht|gehen|ging|gingen)\s+(?:[^.,;]{0,30}?\s)?(?:bis\s+)?"
                             r"(?:in|auf)\s+(?:die|das|den)?\s*(?:(?:späten|frühen|mittleren)\s+)?$", re.I)
_GERMAN_BACK_AFTER = re.compile(r"\s+(?:Jahre\s+)?zurück\b")
#: Going back to a time, right before it: "go back to [2017]", "a return to [the 1990s]".
_BACK_TO = re.compile(r"\b(?:go|goes|going|went|gone|turn\s+the\s+clock|get|getting|return|returns|returning)\s+back\s+to\s+"
                      r"(?:the\s+)?$", re.I)


def _said_again_in_brackets(first: Timex, second: Timex, sentence_text: str, offset: int) -> bool:
    """Whether `second` says `first`'s day again in brackets right after it: "on Wednesday (Dec. 2)"."""
    return first.end <= second.start and len(second.value) >= 10 and first.value[:10] == second.value[:10] \
        and re.fullmatch(r"\s*[(\[]\s*", sentence_text[first.end - offset:second.start - offset]) is not None


def _within(day: str, span: str) -> bool:
    """Whether the day "YYYY-MM-DD" lies inside the week ("2026-W48"), month or year a value names."""
    week = re.fullmatch(r"(\d{4})-W(\d{2})", span)
    if week is not None:
        try:
            return date.fromisoformat(day).isocalendar()[:2] == (int(week[1]), int(week[2]))
        except ValueError:
            return False
    return bool(re.fullmatch(r"\d{4}(?:-\d{2})?", span)) and day.startswith(span)


#: A refusal before its object and its time: "would not back the loan ", "won't attend the summit on " (not a happening
#: called off, "will not take place", nor a maybe, "would not rule out talks in").
_REFUSAL_BEFORE = re.compile(r"\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?!be\b|only\b|rule\s+out\b|"
                             r"take\s+(?:office|place)\b|go\s+ahead\b|happen\b|come\b)[a-z]+\b[^.;:,]{0,80}$")
#: A bound between the refusal and its time, which the happening comes at or after ("won't sign until January"), or a
#: predicate joined on, whose time it is ("would not recognise the result and called a rally for Monday").
_BOUND_AFTER_REFUSAL = re.compile(r"\b(?:until|till|before|by|unless|after|since|when|once|as\s+long\s+as)\b"
                                  r"|\b(?:and|but)\s+(?:then\s+|instead\s+)?(?:[a-z]{3,}ed|will|would|said|held|met|made|took|"
                                  r"gave|set|sent|went|began|won|led)\b"
                                  # (…or a participle's doing, done already: "will not sign the treaty [initialled in
                                  # Washington] last August")
                                  r"|\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+(?:[a-z]{3,}ed|signed|reached|agreed|"
                                  r"made|held|struck|brokered)\s+(?:in|at|on|by|with)\b")


def _refused_at(sentence_text: str, lo: int) -> bool:
    """Whether the date at `lo` is the time of what a clause says will not be done ("would not back the loan today or
    next week"): no happening is at it (the saying has its own date)."""
    if _DATE_DENIED_BEFORE.search(sentence_text, max(0, lo - 12), lo):
        return True  # ("Is there any chance they come back? — Not this year, certainly.": the date itself is denied)
    refusal = _REFUSAL_BEFORE.search(sentence_text, max(0, lo - 110), lo)
    return refusal is not None and not _BOUND_AFTER_REFUSAL.search(sentence_text, refusal.start(), lo)


#: A "not" that denies the date right after it, opening its answer or its phrase: "Not this year", ", not in March".
_DATE_DENIED_BEFORE = re.compile(r"(?:^|[,;:—–]\s*|(?:A|Answer)\s*[:.]\s*)(?:[Nn]ot|[Nn]ever)\s+(?:in\s+|on\s+|at\s+)?$")


#: A month's name alone, no day nor year: "February", "Sept.".
_MONTH_ONLY = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: A text or plan a month names, right after it: "[February] plan", "[March] agreement".
_THING_NAMED_BY_MONTH = re.compile(r"\s+(?:plan|proposal|agreement|deal|accord|framework|text|declaration|roadmap|statement|"
                                   r"document|offer|package|resolution|communiqu[eé])\b")


def happening_dates(sentence_text: str, offset: int, timexes: list[Timex]) -> list[Timex]:
    """The dates of a sentence that date a happening: "before the summer" is a deadline, and
    "since the autumn" only a bound when the sentence dates its event otherwise, as are the date of
    a closing attribution (", officials said on Tuesday") and a point of comparison ("compared with
    2022"); the date of a wire dateline is the publication's."""
    dateline = dateline_end(sentence_text)
    # "the 11th-century temple", "a 1970s-era law": a date that describes a thing dates no happening
    dated = [t for t in timexes if t.end - offset > dateline
             # "he would not back the loan today or next week": a time something will not be done at dates nothing
             and not _refused_at(sentence_text, t.start - offset)
             # "Chronology of the talks (compiled by our desk, updated 28 November 2026)": the page's own stamp
             and not ((_STAMP_LABEL_BEFORE.search(sentence_text, max(0, t.start - offset - 30), t.start - offset)
                       or _CLOCK_ONLY.fullmatch(t.text)
                       and _STAMP_DATE_BEFORE.search(sentence_text, max(0, t.start - offset - 60), t.start - offset))
                      and _STAMP_CLOSES.match(sentence_text, t.end - offset))
             and not _DESCRIBES_A_THING.search(t.text + sentence_text[t.end - offset:t.end - offset + 12], len(t.text) - 12)
             and not (t.text.lower().endswith("century") and _NOUN_AFTER_CENTURY.match(sentence_text, t.end - offset))
             # "The March 23 Movement", "the 17 February Revolution": a date inside a name
             and not (_NAME_AFTER_DATE.match(sentence_text, t.end - offset)
                      and re.search(r"\b[Tt]he\s+$", sentence_text[max(0, t.start - offset - 5):t.start - offset]))
             # "along with the 2030 agenda", "a return to the 1967 lines": a year that names a plan or a line
             and not (_PLAN_AFTER_YEAR.match(sentence_text, t.end - offset) and re.fullmatch(r"\d{4}", t.text)
                      # (or a possessive's: "the mission's 2027 budget")
                      and re.search(r"(?:\b(?:the|its|their|his|her|our|a)|['’]s)\s+$",
                                    sentence_text[max(0, t.start - offset - 8):t.start - offset], re.I))
             # …as does a year's possessive: "Next year's budget", "this year's target"
             # (…or its tally: "last year's record", "this year's figures")
             and not (re.fullmatch(r"(?:next|this|last|the\s+coming)\s+year|\d{4}", t.text, re.I)
                      and (_PLAN_AFTER_YEAR.match(sentence_text, t.end - offset + 2)
                           or _TALLY_AFTER_POSSESSIVE.match(sentence_text, t.end - offset + 2))
                      and sentence_text[t.end - offset:t.end - offset + 2] in ("'s", "’s"))
             # "I wrote that 2026 would be the year of broken truces": a year said to be one, no happening's
             and not (re.fullmatch(r"\d{4}", t.text) and _YEAR_CHARACTERISED_AFTER.match(sentence_text, t.end - offset))
             # "The appeal for 2027 will be presented on 8 December": a year a plan is for, no happening's
             # (a fiscal year too: "a budget for fiscal 2027", "for FY2027")
             and not (re.fullmatch(r"(?:(?:next|this|the\s+coming)\s+(?:fiscal\s+)?year|(?:fiscal\s+(?:year\s+)?|FY\s?)?"
                                   r"\d{4}(?:\s*[-–/]\s*\d{2,4})?)", t.text, re.I)
                      and _planned_for(sentence_text, t.start - offset))
             # "the third of its kind since 2019", "has shrunk every year since 2015": a count or a habit since a
             # date, which tells no happening then
             # (but "the first since June 2021, when they met at a lakeside villa" tells that day's happening)
             # (…nor "the first session since the Oct. 4 local elections": a happening the date is of)
             # (a happening's name may stand between: "the most serious blow … since independence from the Soviet Union in")
             and not ((_RANKED_SINCE.search(sentence_text, max(0, t.start - offset - 70), t.start - offset)
                       or "since" in sentence_text[max(0, t.start - offset - 130):t.start - offset]
                       and _RANKED_SINCE.search(sentence_text, max(0, t.start - offset - 130), t.start - offset))
                      and not _WHEN_AFTER.match(sentence_text, t.end - offset)
                      and not _HAPPENING_AFTER_DATE.match(sentence_text, t.end - offset)
                      # (…nor "since the Istanbul meetings of May 16 and June 2": a gathering named with its days)
                      and not _GATHERING_BEFORE_ITS_DATE.search(sentence_text, max(0, t.start - offset - 70), t.start - offset))
             # "Nobody wants to go back to 2017": a time gone back to is a state of things, no happening
             # (but "The conflict's roots go back to the late 1980s, when ethnic Armenians voted…" tells that time's doing)
             and not (_BACK_TO.search(sentence_text, max(0, t.start - offset - 20), t.start - offset)
                      and not _WHEN_AFTER.match(sentence_text, t.end - offset))
             # (…in German too: "Der Konflikt reicht bis in die späten 1980er Jahre zurück")
             and not (_GERMAN_BACK_TO.search(sentence_text, max(0, t.start - offset - 60), t.start - offset)
                      and _GERMAN_BACK_AFTER.match(sentence_text, t.end - offset))
             # "will publish October data on Dec. 3": a month that names the figures counted in it (or a contract:
             # "futures for February delivery settled at $71")
             and not (re.fullmatch(r"[A-Z][a-z]+\.?(?:\s+\d{4})?", t.text)
                      and (MONTH_OF_FIGURES.match(sentence_text, t.end - offset)
                           or MONTH_OF_CONTRACT.match(sentence_text, t.end - offset)))
             # "Nowruz, the spring holiday": a season that only says which holiday
             and not (_SEASON_WORD.search(t.text) and _SEASONAL_THING.match(sentence_text, t.end - offset))
             # "declared a 30-hour Easter truce": the holiday names the truce, the declaring is another day's
             and not (_HOLIDAY_NAME.fullmatch(t.text) and _NOUN_NEXT.match(sentence_text, t.end - offset))]

    # (a range goes whole: "a programme of cooperation for 2027-2029" leaves no 2029 behind)
    left_out = {t.range_id for t in timexes if t.range_id is not None and t.range_role == "start" and t not in dated}
    dated = [t for t in dated if not (t.range_role == "end" and t.range_id in left_out)]

    def secondary(t: Timex) -> bool:
        """"…at a summit on Dec. 14-15, diplomats said on Tuesday": the summit is the happening;
        "exports rose in Q3 compared with the same period of 2022": 2022 is a yardstick."""
        return attributes(sentence_text, t.start - offset, t.end - offset) or compared(t)

    def compared(t: Timex) -> bool:
        return t.comparison or yardstick(t)

    def yardstick(t: Timex) -> bool:
        """"…45 violations, compared with 30 in the previous period (1-2 March)", "cut emissions 55% from
        1990 levels": named only to compare."""
        lo, hi = t.start - offset, t.end - offset
        compared_with = _COMPARED.search(sentence_text, max(0, lo - 80), lo)
        if compared_with and (_WHEN_AFTER.match(sentence_text, hi) or _HAPPENING_AFTER_DATE.match(sentence_text, hi)
                              and re.search(r"\bsince\s+(?:the\s+)?$", sentence_text[max(0, lo - 12):lo])):
            # "its first launch since Oct. 22, when it fired missiles", "6.8% from Oct. 13, when Wall Street's plunge…",
            # "the first session since the Oct. 4 elections": that day's happening is told
            compared_with = None
        if compared_with is not None and _FIGURE_THEN_ITS_DAY.match(compared_with.group()) \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", t.value or ""):
            # "Oil jumped 5% on Thursday", "raised the reward from $15 million on Jan. 10": a figure's change on its day is
            # the happening, that day no yardstick
            compared_with = None
        if compared_with is not None and re.match(r"as\s+(?:[\w'’]+\s+){1,2}did\b", compared_with.group()) \
                and _DOING_AHEAD.search(sentence_text, 0, compared_with.start()):
            compared_with = None  # "ready to host talks in Istanbul, as it did in May": "did" hosts them again, no yardstick
        return bool(compared_with or _LEVELS_OF.match(sentence_text, hi)
                    or any(r.end() == lo for r in _RANKED_OF_SEASON.finditer(sentence_text, max(0, lo - 60), hi))
                    or (_PERIOD_BEFORE_AS_BASE.fullmatch(t.text) and _BASE_PREPOSITION.search(sentence_text, max(0, lo - 50), lo))
                    # "the deadliest this year", "its worst attack so far this year": the year a ranking is within
                    or (_RANKED_WITHIN_SPAN.fullmatch(sentence_text, lo, hi) is not None
                        and (ranked := _RANKED_WITHIN.search(sentence_text, max(0, lo - 50), lo)) is not None
                        # (not what a doing's object is: "The court issued its first sentences last year")
                        and not _DOING_RIGHT_BEFORE.search(sentence_text, max(0, ranked.start() - 30), ranked.start())))

    def bound(t: Timex) -> bool:
        """"…will run until May": a deadline or an end, which tells no happening of its own — nor does the start
        of a state ("talks, suspended since May, …"), when another date is left."""
        before = sentence_text[max(0, t.start - offset - 25):t.start - offset]
        if _OPENING_THROUGH.search(sentence_text, max(0, t.start - offset - 25), t.start - offset):
            return False  # ("Through the summer of 2018 the two presidents floated a land swap": all along it, no end)
        if _through_a_span(before, t):
            return False  # ("dragged on through the 1990s", "through the winter": all along a span, no end)
        if _PLANNED_BEFORE_BOUND.search(sentence_text, max(0, t.start - offset - 120), t.start - offset):
            return False  # ("A meeting is planned … before the end of the year": what is due by then)
        if _WILL_DO_BY.search(sentence_text, max(0, t.start - offset - 120), t.start - offset):
            return False  # (…or what will be done by it: "The refinery will stop processing crude by the end of next week")
        if _NOT_DONE_SINCE.search(sentence_text, max(0, t.start - offset - 120), t.start - offset):
            return False  # ("…had not met at leaders' level since December 2019": the last meeting's date, no state's start)
        return bool(BOUND_PREPOSITION.search(before) or _STATE_SINCE.search(before))

    def planned_for(t: Timex) -> bool:
        """"…called off a meeting planned for next month, the ministry said on Wednesday": the date of a plan a noun
        carries, which leaves the main clause undated but for its source's day."""
        plan = _PLANNED_FOR_BEFORE.search(sentence_text, max(0, t.start - offset - 30), t.start - offset)
        # (not the main clause's own predicate: "A fourth round [is planned for] January, a diplomat said")
        return plan is not None and not re.search(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|also\s+)?$",
                                                 sentence_text[max(0, plan.start() - 20):plan.start()])

    def in_subject_aside(t: Timex) -> bool:
        """"Elisabeth Rehn, a UN envoy during the wars of the 1990s, has died, her family said on Wednesday": a date in
        the subject's aside dates no part of the main clause, which the source's day is left to date."""
        first_comma = sentence_text.find(", ", dateline)
        if not 0 <= first_comma < t.start - offset or first_comma - dateline > 80:
            return False
        closing = sentence_text.find(", ", t.end - offset)
        return closing > 0 and "," not in sentence_text[first_comma + 2:t.start - offset] \
            and _CLAUSE_GOES_ON.match(sentence_text, closing) is not None \
            and re.match(r"\s*,\s+(?:a|an|the|[A-Z][\w'’.-]*['’]s)\s", sentence_text[first_comma:]) is not None

    # (dates come in order: the first of its own is all the attribution's test needs, and a long list stops there)
    first_own = next((t for t in dated if not secondary(t) and not bound(t) and not planned_for(t)
                      and not in_subject_aside(t)), None)
    if first_own is not None and len(dated) > 1:
        # a date of its own is left to tell, so the attribution's and yardstick's go ("The exercises,
        # which will run until May, involve 90,000 troops, NATO said on Jan. 18" keeps Jan. 18)
        # (but a date only in the aside after the attribution tells nothing of the clause it closes: "…have agreed
        # to a truce, mediators announced on Sunday, in the biggest step since the war broke out in April 2023")
        # (…nor does a source's day set off in the middle of the clause it tells: "The army, the ministry said on Tuesday,
        # entered the town on Monday")
        dated = [t for t in dated if not secondary(t) or (not compared(t) and first_own.start > t.start
                                                          and not _CLAUSE_GOES_ON.match(sentence_text, t.end - offset))]
        # …and so does a deadline set in a condition ("authorized military action if Iraq did not withdraw its troops from
        # Kuwait by Jan. 15, 1991"): a day something had to be done by, no happening of it
        dated = [t for t in dated if t is first_own or not _CONDITION_S_DEADLINE.search(
            sentence_text, max(0, t.start - offset - 100), t.start - offset)]
    dated = [t for t in dated if not yardstick(t)]  # a yardstick is never a happening, even alone
    # "…set the border that both countries still recognise today": a state that holds at the day of writing, no doing of it
    dated = [t for t in dated if not (t.text.lower() == "today"
                                      and _STILL_TODAY.search(sentence_text, max(0, t.start - offset - 60), t.start - offset))]
    if len(dated) > 1:
        # "…how the February plan would be carried out": a month that names a thing told before, no happening, beside a
        # date that has one
        dated = [t for t in dated if not (_MONTH_ONLY.fullmatch(t.text)
                                          and re.search(r"\b(?:the|its|their)\s+$", sentence_text[max(0, t.start - offset - 8):
                                                                                                  t.start - offset])
                                          and _THING_NAMED_BY_MONTH.match(sentence_text, t.end - offset))]
        # "…agreed in April 2024 to use the 1976 Soviet maps": a year that qualifies a thing, no happening, beside a date
        # that has one
        dated = [t for t in dated if not (re.fullmatch(r"\d{4}", t.text)
                                          and re.search(r"\b(?:the|its|their)\s+$", sentence_text[max(0, t.start - offset - 8):
                                                                                                  t.start - offset])
                                          and _THING_AFTER_YEAR.match(sentence_text, t.end - offset))]
    # "Friday marks three decades since the accord was initialled": the day only counts back to the happening
    # (the date as the sentence's subject: "The ceremony on Wednesday marked the 30th anniversary…" was a ceremony)
    # (…or a clause's subject: "…, noting that next year marks the 76th anniversary of…")
    dated = [t for t in dated if not (_MARKS_YEARS_SINCE.match(sentence_text, t.end - offset)
                                      and (re.fullmatch(r"\W*(?:(?:Q|A|Question|Answer)\s*:\s*)?(?:(?:and|but|so|also)\s+)?",
                                                        sentence_text[dateline:t.start - offset], re.I)
                                           or re.search(r"\b(?:that|as|while|since|because)\s+$",
                                                        sentence_text[max(dateline, t.start - offset - 12):t.start - offset], re.I)))]
    # "The Assembly designated July 11 an international day of remembrance in May 2024": a day made a day of something,
    # beside the date of the making, names no happening
    if len(dated) > 1:
        dated = [t for t in dated if not (_NAMING_A_DAY_BEFORE.search(sentence_text, max(0, t.start - offset - 30), t.start - offset)
                                          and _A_DAY_OF_AFTER.match(sentence_text, t.end - offset))]
    # "This year's effort began in earnest in June, when mediators shuttled…": a year's or a month's possessive opening the
    # sentence only says whose its subject is, and the finer date within it, which its when-clause tells, is the main
    # clause's too (as without the possessive)
    if len(dated) > 1:
        dated = [t for t in dated if not (sentence_text[t.end - offset:t.end - offset + 2] in ("'s", "’s")
                                          and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value)
                                          and re.fullmatch(r"\W*", sentence_text[dateline:t.start - offset])
                                          and any(o is not t and len(o.value) > len(t.value) and o.value.startswith(t.value)
                                                  and _WHEN_AFTER.match(sentence_text, o.end - offset)
                                                  # (the date it happened in: not "collapsed days before Eid al-Adha, when")
                                                  and re.search(r"\b(?:in|on|at|during)\s+(?:the\s+)?$",
                                                                sentence_text[max(0, o.start - offset - 12):o.start - offset])
                                                  for o in dated))]
    # "It is still there today": a state that holds, not a happening of the day
    dated = [t for t in dated if not (t.text.lower() == "today" and _STILL_HOLDS.search(sentence_text))]
    # "Today's negotiators face the same temptation": the present day's people or world, no happening of the day
    dated = [t for t in dated if not (t.text.lower() in ("today", "tonight") and _PRESENT_DAYS_OWNED.match(sentence_text,
                                                                                                         t.end - offset))]
    # 'ready to sign "tomorrow."': a date that is the whole of a quotation is the speaker's word, said on
    # another day, and no happening of its own
    dated = [t for t in dated if not (re.search(r"[\"“‘']$|``$", sentence_text[max(0, t.start - offset - 2):t.start - offset])
                                      and _QUOTE_CLOSES.match(sentence_text, t.end - offset))]
    dated = [t for t in dated if not (_YEARS_ONLY.fullmatch(t.text)
                                      and _ASIDE_YEARS_OPEN.search(sentence_text[max(0, t.start - offset - 90):t.start - offset])
                                      and _ASIDE_YEARS_CLOSE.match(sentence_text, t.end - offset)
                                      # (but "the Bamako accord (2017)" is the accord's year: a happening's noun)
                                      and not _HAPPENING_BEFORE_YEAR.search(sentence_text, max(0, t.start - offset - 40),
                                                                            t.start - offset))]
    # "…said on Wednesday (Dec. 2)": a day said again in brackets is the same day, no second happening (and goes with the
    # first: an attribution's too)
    # (each date against the one right before it only: a sentence may list thousands)
    before_of = {id(b): a for a, b in zip(timexes, timexes[1:], strict=False)}
    dated = [t for t in dated if not ((o := before_of.get(id(t))) is not None
                                      and _said_again_in_brackets(o, t, sentence_text, offset))]
    restated = restated_dates(sentence_text, offset, dated)
    dated = [t for t in dated if t not in restated]
    # "It should start preparing now, not in 2029": a date set against the one meant is no happening
    dated = [t for t in dated if not _CONTRASTED_NOT.search(sentence_text, max(0, t.start - offset - 20), t.start - offset)]
    # "The launch was the North's fourth this year": the span a count runs over, not a happening
    # (but visits told twice over a month or a week are dated by it: "who visited Belgrade and Pristina twice this month")
    dated = [t for t in dated if not (re.match(r"(?:this|that)\s+(?:year|month|week)$", t.text, re.I)
                                      and (counted := _COUNTED_OVER.search(sentence_text, max(0, t.start - offset - 40),
                                                                           t.start - offset))
                                      and not (re.search(r"(?:twice|times)\s+$", counted.group(), re.I)
                                               and re.search(r"(?:month|week)$", t.text, re.I)))]
    # "18:30 — Delegations have broken for the evening": how long a pause lasts, beside the time it was made
    if len(dated) > 1:
        dated = [t for t in dated if not _PAUSED_FOR.search(sentence_text, max(0, t.start - offset - 40), t.start - offset)]
    # "The talks were postponed from Tuesday to Thursday": the day moved from was a plan, and the day moved to dates the move
    # (as "…, originally set for Oct. 5, was moved to Nov. 9" does)
    # (…or once more, after the first: "…was held on Nov. 22 after being delayed twice, first from April and then from
    # Sept. 27")
    dated = [t for t in dated if not (len(dated) > 1 and (MOVED_FROM.search(sentence_text, max(0, t.start - offset - 40),
                                                                            t.start - offset)
                                                          and re.match(r"\s+to\s", sentence_text[t.end - offset:])
                                                          or t.range_id is None and _PUT_OFF_THEN_FROM.search(
                                                              sentence_text, max(0, t.start - offset - 70), t.start - offset)))]
    # "Elections, originally scheduled for December 2024, were postponed to December 2026": the plan given up is no
    # happening beside the date that is (kept alone: "The meeting, initially set for Nov. 12, was put off twice" tells
    # nothing else of when)
    # (…as is a plan whose subject was then put off: "…but elections planned for December 2024 were postponed to December
    # 2026", "les élections prévues en décembre 2024 ont été reportées")
    # (…but not beside a date only another clause holds: "Tetteh said the road map she presented in August had been
    # accepted, but no date had been fixed for national elections, which were first scheduled for December 2021")
    if len(dated) > 1:
        dated = [t for t in dated if not (_FORMER_PLAN_BEFORE.search(sentence_text, max(0, t.start - offset - 40),
                                                                      t.start - offset)
                                          and any(o is not t and not _CLAUSE_BREAK.search(
                                              sentence_text, min(o.end, t.end) - offset, max(o.start, t.start) - offset)
                                              for o in dated))
                 and not (_PLANNED_FOR_BEFORE.search(sentence_text, max(0, t.start - offset - 40), t.start - offset)
                          and _PUT_OFF_AFTER.match(sentence_text, t.end - offset))]
    # "…have fled since late October, bringing the number displaced this year to 1.2 million": the span a total counts
    # over, when the sentence dates its happening otherwise
    if len(dated) > 1:
        dated = [t for t in dated if not (re.match(r"(?:this|that|last)\s+(?:year|month|week)$", t.text, re.I)
                                          and _TOTAL_OVER.search(sentence_text, max(0, t.start - offset - 60), t.start - offset))]
    kept = []
    # "met from 10 a.m. on Monday until late in the evening": the end of a range is no deadline
    range_starts = {t.range_id for t in dated if t.range_id is not None and t.range_role == "start"}
    set_hours: set[int] = set()  # the ranges that are hours of every day or night
    for t in dated:
        before = sentence_text[max(0, t.start - offset - 25):t.start - offset]
        after = sentence_text[t.end - offset:t.end - offset + 8]
        if t.range_id is not None and t.range_id in set_hours:
            continue  # (…and the range's end)
        if _CLOCK_ONLY.fullmatch(t.text) and _HOURS_OF_A_SET.search(sentence_text, max(0, t.start - offset - 240), t.start - offset):
            if t.range_id is not None:
                set_hours.add(t.range_id)
            continue  # "imposed a nightly curfew from 7 p.m. to 6 a.m.": the hours of every night, no day's
        if t.range_role == "end" and t.range_id in range_starts:
            kept.append(t)
            continue
        if len(dated) > 1 and (_AFTER_A_HOLIDAY.search(sentence_text, max(0, t.start - offset - 60), t.start - offset)
                               or _AFTER_BEFORE.search(before) and _HOLIDAY.fullmatch(t.text)):
            continue  # "…will convene party leaders in mid-January, after the Orthodox Christmas on Jan. 7": a feast the
            # happening comes after bounds it, and is no happening of its own, when the sentence dates another
        if (BOUND_PREPOSITION.search(before) or _FOREIGN_BOUND.search(before)
            or _TURKISH_BOUND_AFTER.match(sentence_text, t.end - offset)
            or _EXTENDED_TO.search(sentence_text, max(0, t.start - offset - 60), t.start - offset)
            or _WITHIN_BEFORE.search(before) and re.fullmatch(r"(?i:the\s+(?:year|month|week|decade|quarter))", t.text)) \
                and not _OPENING_THROUGH.search(sentence_text, max(0, t.start - offset - 25), t.start - offset) \
                and not _through_a_span(before, t) \
                and not _NOT_UNTIL.search(sentence_text, max(0, t.start - offset - 60),
                                                                      t.start - offset) \
                and not _DUE_BY.search(sentence_text, max(0, t.start - offset - 70), t.start - offset) \
                and not (_SENTENCE_OPENING_BOUND.fullmatch(sentence_text, 0, t.start - offset)
                         and _FRONTED_DUE_AFTER.match(sentence_text, t.end - offset)) \
                and not _deadline(sentence_text, t.start - offset, t.end - offset) \
                and not (_AHEAD_OF_BEFORE.search(before) and _OWNED_HAPPENING.match(sentence_text, t.end - offset)) \
                and not _MOVED_UNTIL.search(sentence_text, max(0, t.start - offset - 110), t.start - offset) \
                and not _MODAL_BEFORE_END.search(sentence_text, max(0, t.start - offset - 80), t.end - offset) \
                and not re.match(r",\s+when\s", after):  # "…until late 2022, when Chisinau began buying…": the when-clause's
            # (not a promise's deadline: "the junta had promised elections by August 2023"; "is not due
            # until 2030" dates the happening itself)
            # (…whatever else the sentence dates: "handed over their weapons by the end of June 2017 and formed a party
            # that August")
            by_then = re.search(r"\bby\s+(?:the\s+)?$", before, re.I) \
                and not _PROMISED_BEFORE.search(sentence_text, max(0, t.start - offset - 80), t.start - offset) \
                and not _MODAL_BY.search(sentence_text, max(0, t.start - offset - 60), t.start - offset)
            tense = clause_tense(sentence_text, t.start - offset, t.end - offset) if by_then else "future"
            if not by_then and _FOREIGN_BOUND.search(before) and _SENTENCE_OPENING_BOUND.fullmatch(sentence_text, 0, t.start - offset) \
                    and FOREIGN_PAST.search(re.split(r"[.;:](?!\d)", sentence_text[t.end - offset:t.end - offset + 60], maxsplit=1)[0]):
                # "Bis Ende Juni 2017 gaben rund 7000 Kämpfer ihre Waffen ab", "Hasta finales de junio de 2017, unos 7.000
                # combatientes entregaron…": a past right after a fronted bound tells what was done by then
                tense = "past"
            if not (tense == "past" or tense is None and "T" in t.value
                    and _SENTENCE_OPENING_BOUND.fullmatch(sentence_text, 0, t.start - offset)
                    and not _FRONTED_DUE_AFTER.match(sentence_text, t.end - offset)):
                # a deadline; but "By Sunday night, 58 hostages had been freed" tells a happening, and so does a time of
                # the day opening a story told in the present ("May 10: Both sides strike air bases. By the evening, Trump
                # announces a ceasefire")
                continue
        # (Italian's "since" may open the date's own span: "dallo scorso luglio")
        # (not a range's start: "dal 2 al 5 settembre" runs from one to the other)
        if (_SINCE.search(before) or re.match(r"dal(?:l[oa']|l’)?\b", t.text, re.I)) and len(dated) > 1 \
                and not _WHEN_AFTER.match(sentence_text, t.end - offset) \
                and not _MARKED_SINCE.search(sentence_text, max(0, t.start - offset - 60), t.start - offset) \
                and not (t.range_role == "start" and t.range_id in range_starts) \
                and not _main_perfect_since(sentence_text, offset, t, dated) \
                and not _since_in_a_clause_of_its_own(sentence_text, offset, t, dated) \
                and not _STOPPED_SINCE.search(sentence_text, max(0, t.start - offset - 60), t.start - offset) \
                and not _NOT_DONE_SINCE.search(sentence_text, max(0, t.start - offset - 120), t.start - offset) \
                and not (re.search(r"\b(?:the|its|their)\s+$", before) and _HAPPENING_AFTER_DATE.match(sentence_text, t.end - offset)):
            # (but "since the 2018 peace agreement" names the agreement, a happening of its year)
            continue
        kept.append(t)
    return kept


#: A put-off verb, then the day it was put off from, right before it: "[delayed twice, first from] April", "[postponed
#: from] Tuesday" (a date given up, beside the one it was moved to).
_PUT_OFF_THEN_FROM = re.compile(r"\b(?:postponed|delayed|moved|pushed\s+back|rescheduled|deferred|put\s+off|shifted)\b"
                                r"[^.;:]{0,50}?\bfrom\s+(?:the\s+)?$", re.I)
#: Making a day something, right before the day: "[designated] July 11", "[declared] 9 May".
_NAMING_A_DAY_BEFORE = re.compile(r"\b(?:designated|declared|proclaimed|named|made|designating|declaring|proclaiming)\s+"
                                  r"(?:the\s+)?$", re.I)
#: …and what the day was made, right after it: " an international day of remembrance", " a national holiday".
_A_DAY_OF_AFTER = re.compile(r",?\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday|week)\b", re.I)
#: Where a sentence's clause gives way to another of its own: ", but ", "; ".
_CLAUSE_BREAK = re.compile(r",\s+(?:but|yet|while|whereas)\s|;\s")
#: A plan given up, right before its date: "[originally scheduled for] December 2024", "[initially set for] March".
_FORMER_PLAN_BEFORE = re.compile(rf"\b{FORMER_PLAN}\s+(?:for|on|in|to\s+(?:take\s+place|be\s+held|open|start|begin)\s+(?:on|in))\s+"
                                 r"(?:the\s+)?$"
                                 # (…and in the other languages we read: "initialement prévues en novembre 2025", "inicialmente
                                 # previstas para noviembre", "ursprünglich für November geplant" is told after its date)
                                 r"|\b(?:initialement|originellement|inicialmente|originalmente|inizialmente|originariamente)\s+"
                                 r"(?:prévue?s?|programmée?s?|fixée?s?|previst[oaie]s?|programad[oa]s?|fijad[oa]s?|"
                                 r"programmat[oaie]|marcad[oa]s?)\s+(?:en|pour|le|la|au|para|el|en\s+el|per|il|a|nel|em|no|na)?"
                                 r"\s*$", re.I)
#: A date set against another after a comma, right before it: "…now[, not in] 2029", "…this week[, and not] Friday".
_CONTRASTED_NOT = re.compile(r",\s+(?:and\s+|but\s+)?not\s+(?:(?:in|on|at|during|by|before)\s+)?(?:the\s+)?$", re.I)
#: A title of a thing put off: "The trial was adjourned…", "The vote has been postponed".
_PUT_OFF_TITLE = re.compile(r"(?P<np>[^,;]{3,80}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                            r"(?P<verb>adjourned|suspended|postponed|delayed|deferred|put\s+off|pushed\s+back|rescheduled)\b")
#: …or put off by someone, its object closing the title: "A special court adjourned [the treason trial of Machar]".
#: (…or a bare plural, or the particle after it: "pushed [elections] back")
_PUT_OFF_OBJECT_TITLE = re.compile(r"\b(?P<verb>adjourned|suspended|postponed|delayed|deferred|put\s+off|pushed\s+back|"
                                   r"rescheduled)\s+(?P<np>(?:the|a|an|its|their)\s+[^,;]{2,80}|[a-z]{3,}[^s\W]s)$"
                                   r"|\b(?P<verb2>pushed|put)\s+(?P<np2>(?:the|a|an|its|their)\s+[^,;]{2,60}?|[a-z]{3,}[^s\W]s)"
                                   r"\s+(?:back|off)$")
#: A term lengthened to a date, its new end and no happening: "extended the transition [to] 2030", "have since extended
#: their rule [into] the late 2020s".
#: (not a date moved from one day to another: "the deadline, which was extended from late January to Feb. 18")
_EXTENDED_TO = re.compile(r"\b(?:extended|extends|extending|extend|prolonged|prolongs|lengthened)\s+(?:(?!from\b)[\w'’-]+\s+){0,5}?"
                          r"(?:to|into)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?$", re.I)
#: A thing put off until a day, which is its new day: "The vote was postponed [until] December 2026", "…postponed [to]
#: January".
_MOVED_UNTIL = re.compile(r"\b(?:postponed|delayed|deferred|put\s+off|pushed\s+back|adjourned|rescheduled)\s+(?:[\w.-]+\s+){0,8}?"
                          r"(?:until|till|to)\s+(?:the\s+)?$", re.I)
#: A plan's participle right before its date: "[planned for] next month", "[scheduled for] Dec. 3" (…or in French, Spanish,
#: Italian or Portuguese: "prévues en", "previstas para", "previste per", "marcadas para").
_PLANNED_FOR_BEFORE = re.compile(r"\b(?:(?:planned|scheduled|slated|set|due|promised|pledged|pencill?ed\s+in|earmarked|envisaged)\s+(?:for|on|in)\s+(?:the\s+)?|"
                                 r"(?:prévu|programmé|previst|programad|marcad|fixad)[oaeés]*\s+(?:pour|en|le|para|per|en|a|el|"
                                 r"il|em|no|na)\s+(?:le\s+|el\s+|il\s+)?)$", re.I)
#: A plan put off, right after its date: "…[were postponed]", "…[ont été reportées]".
_PUT_OFF_AFTER = re.compile(r",?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|(?:would|will|could|might|may)\s+be|"
                            r"(?:is|are)\s+(?:to|going\s+to)\s+be)\s+(?:\w+ly\s+)?(?:postponed|delayed|"
                            r"cancell?ed|called\s+off|put\s+off|pushed\s+back|scrapped|suspended)|"
                            r"(?:a|ont|avait|avaient)\s+été\s+(?:reporté|annulé|ajourné)|(?:fue|fueron|han\s+sido)\s+"
                            r"(?:aplazad|pospuest|suspendid|cancelad)|(?:è|sono)\s+stat[oaie]\s+(?:rinviat|annullat))", re.I)
#: An anniversary marked since a happening, right before its date: "mark two years since the [Oct. 7, 2023,] attack".
_MARKED_SINCE = re.compile(r"\b(?:mark|marks|marked|marking|commemorat\w+|observ\w+)\s+(?:[\w-]+\s+){1,3}"
                           r"(?:years?|months?|decades?|weeks?)\s+since\s+(?:the\s+)?$", re.I)
#: A date's apposition that counts it from another: ", a day after [Christmas]", ", two days before [the vote on]".
_COUNTED_FROM_AGAIN = re.compile(r",\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\s+(?:the\s+)?")
def _planned_for(text: str, at: int) -> bool:
    """Whether the year at `at` is one a plan is for ("The appeal for 2027"), or the next of its list ("needs for 2026
    and 2027")."""
    if _PLAN_FOR.search(text, max(0, at - 40), at) or _PLEDGED_FOR_IN.search(text, max(0, at - 160), at):
        return True
    listed = _YEAR_LISTED_BEFORE.search(text, max(0, at - 12), at)
    return listed is not None and (_PLAN_FOR.search(text, max(0, listed.start() - 40), listed.start()) is not None
                                   or _PLEDGED_FOR_IN.search(text, max(0, listed.start() - 160), listed.start()) is not None)


#: A sum pledged for what is to be done in a year: "pledged a total of $1.1 billion for humanitarian programmes in ".
_PLEDGED_FOR_IN = re.compile(r"\b(?:pledg|earmark|allocat)\w*\b(?:[^.;]|\.(?=\d)){0,100}\bfor\s+[^.;]{0,60}?\s+(?:in|during)\s+$")


#: A year of a list right before the next one: "2026 and ".
_YEAR_LISTED_BEFORE = re.compile(r"\d{4}(?=\s*(?:,|and|or)\s*$)")
#: A value of a day or finer: "2026-11-28", "2026-11-28TMO", "2026-11-27T12:00".
_DAY_OR_FINER = re.compile(r"\d{4}-\d{2}-\d{2}")


#: The stop that closes a sentence (a headline has none), a quotation's mark maybe after it.
_FULL_STOP_END = re.compile(r"[.!?][\"'”’)]?\s*$")


#: An entry's headline after its stamp, on the stamp's line, with no full stop: " - Drone attack kills two in Kyiv".
_STAMPED_HEADLINE = re.compile(r"[ \t]*[-–—:|][ \t]+(?P<words>[A-Z\"“‘'][^\n]{2,150}?(?<![.!?:;,\"”’]))[ \t\r]*")


def join_stamp_lines(text: str, sentences: list[Sentence], timexes: list[Timex]) -> list[Sentence]:
    """A live page's time stamp alone on its line ("09:05 BST") joined with the line after it, the
    entry's headline or its first sentence, which tells what the stamp dates (a reader takes both
    short lines for headings, which date nothing); the line break becomes a space, so offsets into the
    text stay true."""
    entries: list[Sentence] = []
    taken: set[int] = set()
    by_start = {sentence.start: i for i, sentence in enumerate(sentences)}
    for index, t in enumerate(timexes):
        stamp = t.type == "TIME" and _LIVE_STAMP.fullmatch(t.text) is not None
        # (…or a review's month or day heading its entry: "March\nNegotiators announced on 13 March…" is told under
        # it, but only an entry that dates nothing itself: "January\nArmenia's parliament passed a law…")
        # (not a dateline alone on its line, "27 November 2026", written with its year: the page's own date)
        # (…or a live page's heading of when, "Earlier today", over what it tells)
        earlier = None if stamp else _EARLIER_HEADING.search(text, max(0, t.start - 12), t.start)
        if not opens_its_line(text, earlier.start() if earlier is not None else t.start):
            continue  # (first: a bounded look, where a long line's ends are not)
        heading = not stamp and t.type == "DATE" and _HEADING_DATE.fullmatch(t.value) is not None \
            and not (len(t.value) == 10 and re.search(r"\d{4}", t.text)) \
            and _DATE_LINE.fullmatch(text, text.rfind("\n", max(0, (earlier.start() if earlier else t.start) - 40),
                                                     earlier.start() if earlier else t.start) + 1, _line_end(text, t.end))
        if not (stamp or heading):
            continue
        # (a heading's line may go on past its date: "1998-2000", "March:")
        after = _line_end(text, t.end) if heading and t.range_id is not None else t.end
        gap = re.match(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=\S)", text[after:after + 40])
        newline = text.find("\n", t.end, t.end + 160) if stamp and gap is None else -1
        headline = _STAMPED_HEADLINE.fullmatch(text, t.end, newline) if newline >= 0 else None
        if headline is not None:
            # "11:15 GMT - Russia claims capture of village" over its entry's body: the headline, on the stamp's line,
            # tells what the stamp dates (a reader takes it for a heading, which dates nothing) — unless the headline or
            # the body's first sentence dates it in its own words ("13:30 GMT - Envoys to meet in Geneva on Sunday")
            end = headline.end("words")
            body = re.match(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=\S)", text[newline:newline + 40])
            first = sentences[by_start[newline + body.end()]] if body is not None and newline + body.end() in by_start else None
            own = any(t.end <= o.start and _DAY_OR_FINER.match(o.value)
                      and (o.end <= end or first is not None and first.start <= o.start < first.end)
                      for o in timexes[index + 1:index + 4])
            if not own:
                entries.append(Sentence(t.start, end, text[t.start:end]))
            continue
        if gap is None:
            continue
        begin = after + gap.end()
        if heading and (begin not in by_start or any(sentences[by_start[begin]].start <= o.start < sentences[by_start[begin]].end
                                                     # (a span around the heading's day is no date of its own: "Earlier
                                                     # today\nInsurers raised premiums for the third time this month")
                                                     and not (earlier is not None and _contains_value(o.value, t.value))
                                                     for o in timexes[index + 1:index + 3])):
            continue
        if stamp and begin in by_start and any(sentences[by_start[begin]].start <= o.start < sentences[by_start[begin]].end
                                               and _DAY_OR_FINER.match(o.value) for o in timexes[index + 1:index + 3]):
            # "18:40 GMT\nMediators say the delegations will meet again on Saturday morning": an entry whose first
            # sentence dates its own happening to the day tells it then, not at the stamp
            continue
        if begin in by_start:  # the entry's first sentence
            end = sentences[by_start[begin]].end
            taken.add(by_start[begin])
        else:  # the entry's headline, a short line of its own
            newline = text.find("\n", begin, begin + 200)
            end = newline if newline >= 0 else min(len(text), begin + 200)
            if newline < 0 and end < len(text):
                continue
            end = len(text[:end].rstrip())
        entries.append(Sentence(t.start, end, text[t.start:end].replace("\r", " ").replace("\n", " ")))
    if not entries:
        return sentences
    # (one sweep over both, in order: a page of thousands of stamps costs no pass per stamp)
    kept, at = [], 0
    for i, sentence in enumerate(sentences):
        while at < len(entries) and entries[at].end <= sentence.start:
            at += 1
        if i not in taken and not (at < len(entries) and entries[at].start <= sentence.start < entries[at].end):
            kept.append(sentence)
    return sorted(kept + entries, key=lambda sentence: sentence.start)


def find_candidates(text: str, sentences: list[Sentence], timexes: list[Timex], published: date,
                    gazetteer: Gazetteer | None = None, language: str = "en") -> list[Candidate]:
    """One candidate per dated happening of `text`, titled in the document's `language`."""
    with document_language(language):
        return _find_candidates(text, sentences, timexes, published, gazetteer, language)


#: Two sides told as such: "The two countries", "Both leaders", "les deux pays", "los dos gobiernos".
_TWO_SIDES = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|sides|leaders|presidents|prime\s+ministers|governments|"
                        r"neighbou?rs|nations|parties|delegations|foreign\s+ministers|ministers|capitals|armies|states)\b"
                        r"|\b(?:[Ll]es\s+deux|[Ll]os\s+dos|[Ll]as\s+dos|[Bb]eide|[Dd]ie\s+beiden)\s+[^\W\d_]+")
#: What joins two sides named together: " and ", " and the ", "-".
_JOINED_PAIR = re.compile(r"\s+(?:and|&|et|y|und|e|ve|и)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?|-|–|/")
#: Who hosts or brokers, right before the name: "hosted by ", "brokered by the ".
_HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|brokered|mediated|facilitated|sponsored|organi[sz]ed)\s+by\s+(?:the\s+)?$")
#: Bodies that mediate, watch or judge, which are no side of a quarrel of two.
_THIRD_PARTIES = frozenset({"United Nations", "European Union", "African Union", "OSCE", "International Committee of the Red Cross",
                            "Red Cross", "IGAD", "ECOWAS", "Arab League", "Organisation of Islamic Cooperation", "IAEA",
                            "World Health Organization", "UNHCR", "UNRWA", "World Food Programme", "International Court of Justice",
                            "International Criminal Court", "Amnesty International", "Human Rights Watch", "Council of Europe",
                            "Southern African Development Community", "East African Community", "ASEAN"})
#: A count right before a name: "seven ", "23 ", "dozens of ".
_COUNT_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|"
                           r"hundreds\s+of|thousands\s+of|several|many))\s+$")
#: How many sentences back the two sides may have been named.
_PAIR_REACH = 3


#: A sentence opening with a time of its own: "Weeks later, ", "Semanas después, ", "Deux jours plus tard".
_OWN_TIME_OPENING = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:later|earlier|afterwards|after|before|después|antes|plus\s+tard|"
                               r"auparavant|später|danach|zuvor|depois|dopo|prima|позже|спустя)\b", re.I)
#: Some time on from a day, told in a sentence: "within days", "weeks later".
_SOME_TIME_ON = re.compile(r"\bwithin\s+(?:the\s+(?:next|coming)\s+)?(?:(?:a\s+few|several|\w+)\s+)?(?:hours|days|weeks|months)\b"
                           r"|\b(?:hours|days|weeks|months)\s+later\b", re.I)  # (…"within the next two weeks")
#: A copula's state or a negation in a title: "is not a party", "are still", "has not".
_STATE_OR_NOT = re.compile(r"\b(?:is|are|was|were|remains?|remained|has|have)\s+(?:not\s+|still\s+|never\s+)?(?:an?|the|not|"
                           r"still|never|no)\b|\b(?:not|never|n['’]t|[Nn]obody|[Nn]o\s+one)\b")
#: A live entry's clock stamp opening its line: "09:05 GMT", "10.40".
_STAMP_LINE = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}\b", re.M)
#: How far into a text day headings are counted (a live page's first screens).
_HEADINGS_LOOKED_AT = 20_000
#: What follows a chronology entry's opening day: its dash or colon ("October 13 — ", "2024-05-02: ").
_ENTRY_LABEL_AFTER_DATE = re.compile(r"\s*(?:[—–:]|\s-)\s+(?=[A-Z\"“])")


#: How far into a text a dateline of a date alone may stand: its first paragraphs.
_DATED_DATELINE_REACH = 1500


def _dated_dateline(text: str, timexes: list[Timex], published: date) -> Timex | None:
    """The publication's day opening the story's first paragraph before a dash, "Nov 30, 2023 — For almost a year…": a
    dateline without its place, which dates the page and no happening. It is one only where no other line opens with a
    date and a dash, which would make it a chronology's entry ("Sept. 27, 2020 – Azerbaijan launches an offensive")."""
    labels = [t for t in timexes if opens_its_line(text, t.start)
              and _ENTRY_LABEL_AFTER_DATE.match(text, t.end) is not None and text[t.end:t.end + 1] != ":"]
    if len(labels) != 1:
        return None
    label = labels[0]
    if label.start > _DATED_DATELINE_REACH or label.value != published.isoformat() or not re.search(r"\d{4}", label.text):
        return None
    return label


#: The comma that closes a main clause before what only adds to it: ", ending a deadlock…", ", two years after…", ", their
#: first meeting since…", ", the first since…".
_MAIN_CLAUSE_CLOSED = re.compile(r",\s+(?:[a-z]{3,}ing\b|(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?"
                                 r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since|before)\b|"
                                 r"(?:their|its|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:first|second|third|last|latest)\b)")


def _undated_main_clause_end(sentence: Sentence, first_date: Timex) -> int | None:
    """Where a sentence's main clause ends when it tells a past of its own before a comma and the sentence's first date
    comes only after that comma, in what adds to it; None otherwise."""
    before = sentence.text[:first_date.start - sentence.start]
    closed = _MAIN_CLAUSE_CLOSED.search(before, dateline_end(sentence.text))
    if closed is None or "," in before[dateline_end(sentence.text):closed.start()]:
        return None
    main = before[:closed.start()]
    return closed.start() if re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", main) else None


def _entry_continued(sentence: Sentence, label: Timex, text: str, pub: When, language: str, antecedents: Antecedents,
                     gazetteer: Gazetteer) -> Candidate | None:
    """The happening an undated later sentence of a chronology entry tells, on the entry's day, when it tells one."""
    # (not a time of its own, which the tagger could not place: "Semanas después, Teherán lo da por terminado")
    if _OWN_TIME_OPENING.match(sentence.text) or _SOME_TIME_ON.search(sentence.text):
        return None  # (…nor one some time on: "The declaration is violated within days")
    title = antecedents.resolve(make_title(sentence, None, [], gazetteer))
    # (a state or what did not happen is no happening: "Eritrea … is not a party to it")
    if len(title.split()) < 3 or not tells_a_doing(title) or _STATE_OR_NOT.search(title):
        return None
    start = _when(label)
    return Candidate(title=title, start=start, status=_status(text, label, start, pub, False, language),
                     kind=classify_kind(title, sentence.text, language=language),
                     actors=gazetteer.actors(sentence.text), evidence=sentence.text, evidence_start=sentence.start,
                     evidence_end=sentence.end, derivation=f"{label.derivation or 'written in full'}; the entry's day",
                     date_phrase=label.text, timex=label.value)


def _pair_named_before(before: list[str], gazetteer: Gazetteer, own: tuple[str, ...]) -> tuple[str, ...]:
    """The two sides the latest of the sentences `before` that named two or more countries or bodies named: the two it
    named together ("Senegal and Mauritania", "the Serbia-Kosovo dialogue"), else its only two countries or its only two
    actors ("Colombia's government … the ELN"); then the sentence's `own`. Only `own` when that sentence named more and
    which two are meant is unclear ("Thailand, Cambodia and Laos met, with Malaysia mediating")."""
    for text in reversed(before):
        text = text[dateline_end(text):]
        # (a nationality counted is people, no side: "seven Saudi and 23 Sudanese nationals")
        bodies = [m for m in gazetteer.mentions(text) if m.kind != "person"
                  and not _COUNT_BEFORE.search(text, max(0, m.start - 20), m.start)]
        # (…nor are hosts or brokers: "The talks, hosted by Türkiye and Qatar, began…" names no two sides)
        go_betweens: set[str] = set()
        for k, b in enumerate(bodies):
            joined_to_one = k > 0 and bodies[k - 1].name in go_betweens \
                and _JOINED_PAIR.fullmatch(text, bodies[k - 1].end, b.start) is not None
            if joined_to_one or _HOSTED_BY.search(text, max(0, b.start - 30), b.start):
                go_betweens.add(b.name)
        bodies = [b for b in bodies if b.name not in go_betweens]
        named = tuple(dict.fromkeys(m.name for m in bodies))
        if len(named) < 2:
            continue
        # (two named together, not the last two of a longer list: "Thailand, Cambodia and Laos")
        pairs = [(a.name, b.name) for k, (a, b) in enumerate(zip(bodies, bodies[1:], strict=False))
                 if a.name != b.name and _JOINED_PAIR.fullmatch(text, a.end, b.start)
                 and not (k and re.fullmatch(r",\s*", text[bodies[k - 1].end:a.start]))]
        countries = tuple(dict.fromkeys(m.name for m in bodies if m.kind == "country"))
        # (a mediator or a watchdog is no side: "…under the supervision of the Red Cross, U.N. envoy Hans Grundberg said")
        parties = tuple(n for n in named if n not in _THIRD_PARTIES)
        pair = pairs[-1] if pairs else countries if len(countries) == 2 else parties if len(parties) == len(named) == 2 else ()
        return pair + tuple(a for a in own if a not in pair)
    return own


def _find_candidates(text: str, sentences: list[Sentence], timexes: list[Timex], published: date,
                     gazetteer: Gazetteer | None, language: str) -> list[Candidate]:
    gazetteer = gazetteer or load_gazetteer()
    gazetteer = gazetteer.with_people(article_people(text, gazetteer))  # "Tufan Erhürman … Erhürman said"
    usable = calendar_timexes(timexes)
    # ("In June, the board found Iran in breach. Days later, Israel struck": about June too)
    usable = sorted(usable + dated_laters(text, timexes, usable), key=lambda t: t.start)
    # ("A committee will meet within two weeks": due by the day the count reaches)
    usable = sorted(usable + dated_deadlines(text, timexes, published, language), key=lambda t: t.start)
    dated_dateline = _dated_dateline(text, usable, published)
    if dated_dateline is not None:
        usable = [t for t in usable if t is not dated_dateline]
    joined = join_stamp_lines(text, sentences, usable)
    entry_starts = {sentence.start for sentence in joined} - {sentence.start for sentence in sentences}
    sentences = joined
    candidates: list[Candidate] = []
    pub = When.of_day(published.year, published.month, published.day)
    index = 0
    antecedents = Antecedents(gazetteer)
    previous_sentence: Sentence | None = None
    undated_before: Sentence | None = None  # the sentence just before, when it named no date of its own
    recent: list[tuple[Sentence, list[Timex]]] = []
    # (the story's lead stays at hand after it: "The release comes a week after…", paragraphs on, is the lead's release)
    lead: list[tuple[Sentence, list[Timex]]] = []
    talks_told = votes_told = 0  # how often the story so far spoke of talks, and of votes
    read_before: list[str] = []  # the last few sentences read, dated or not, where "the two countries" are named
    entry_label: Timex | None = None  # the day a chronology entry's line opens with, while the line goes on
    # (…or the day a live page's heading names, while its entries go on: two headings or more make the page one)
    # (the headings are lines of their own, which the sentences may leave out as page furniture)
    day_headings = [t for t in timexes if "T" not in t.value and DAY_HEADING.fullmatch(text, t.start, t.end)] \
        if len(DAY_HEADING.findall(text, 0, _HEADINGS_LOOKED_AT)) >= 2 else []
    stamps = [m.start() for m in _STAMP_LINE.finditer(text)] if day_headings else []  # (looked up, not searched per sentence)
    day_heading = False
    for sentence in sentences:
        antecedents.read(sentence.text[dateline_end(sentence.text):])  # (who opens it opens it after a wire dateline)
        read_before = (read_before + [sentence.text])[-_PAIR_REACH - 1:]
        inside = []
        while index < len(usable) and usable[index].start < sentence.start:
            index += 1
        j = index
        while j < len(usable) and usable[j].end <= sentence.end:
            inside.append(usable[j])
            j += 1
        if sentence.start in entry_starts and not _FULL_STOP_END.search(sentence.text):
            # a stamped entry's headline restates what its body dates (but a first sentence's own past stays: "17:15 IST
            # Officials say the commission, which last met in May 2022, will not…")
            inside = [t for t in inside if t.start == sentence.start]
        # counted from any day the sentence names, or from the last date of the sentence just before
        previous = usable[index - 1] if index and previous_sentence is not None \
            and previous_sentence.start <= usable[index - 1].start < previous_sentence.end else None
        if _QUESTION.match(sentence.text) and sentence.text.rstrip(" \"'”’").endswith("?"):
            inside = []  # "What has happened this year?": a question tells no happening
        if _LIVE_PAGE_HOUSEKEEPING.match(sentence.text, dateline_end(sentence.text)) or _TELLS_THE_DAY.match(sentence.text):
            # "09:05 GMT – Good morning and welcome to our coverage": the page talking of itself; "Today is
            # Sunday, Nov. 29, the 333rd day of 2026", "There are 32 days left in the year": the calendar
            # (but a relative clause about what the page covers tells its own happening: "…welcome to our coverage of the
            # last day of the summit, which opened on Nov. 11")
            inside = [t for t in inside if _COVERED_THING_RELATIVE.search(sentence.text, 0, t.start - sentence.start)] \
                if _LIVE_PAGE_HOUSEKEEPING.match(sentence.text, dateline_end(sentence.text)) else []
        counted = counted_happenings(sentence, inside, previous, previous_sentence.text if previous_sentence else "",
                                     told_before=(lead if lead and lead[0] not in recent else []) + recent,
                                     published=published)
        # (the sentence before tells whether "the first round" was one of talks: "…the 25th round of consultations."; so
        # does a story that has spoken of talks more than of votes: "…resumed peace talks in Havana. … A second round is
        # planned for February")
        round_context = (previous_sentence.text + " " if previous_sentence is not None else "") + sentence.text \
            + (" (talks)" if talks_told > votes_told else "")
        talks_told += len(_ROUND_OF_TALKS.findall(sentence.text))
        votes_told += len(_VOTE_WORDS.findall(sentence.text))
        # "Die RSF-Miliz hat einem Vorschlag zugestimmt. Das teilte die Miliz am Donnerstagabend mit.": a saying of the
        # sentence before, its only date the saying's, dates what that sentence told
        told_before = undated_before if _SAYS_THE_SENTENCE_BEFORE.match(sentence.text) else None
        # "When will there be a deal? — I hope next year.": an answer that only hopes tells what the question asked about
        asked = _WHEN_WILL_THERE_BE.match(previous_sentence.text.strip()) if previous_sentence is not None else None
        # "When did the latest fighting start? — In early September, after the collapse of the deal.": an answer of a date
        # alone tells what the question asked about
        asked_when = _answered_when(previous_sentence.text.strip(), sentence.text) if previous_sentence is not None else None
        undated_before = sentence if not any(t.start - sentence.start >= dateline_end(sentence.text) for t in inside) else None
        previous_sentence = sentence
        if inside:  # the last few sentences that dated something, where "The swap came a day after…" finds the swap
            recent = (recent + [(sentence, inside)])[-_RECENT_SENTENCES:]
            if not lead and any(t.start - sentence.start >= dateline_end(sentence.text) for t in inside):
                lead = [(sentence, inside)]
        named = inside
        inside = happening_dates(sentence.text, sentence.start, inside)
        if named and named[0].start == sentence.start and "T" not in named[0].value \
                and _ENTRY_LABEL_AFTER_DATE.match(sentence.text, named[0].end - sentence.start):
            entry_label = named[0]  # ("October 13 — The last 20 hostages are freed…": the entry's day, for its next sentences)
            day_heading = False
        elif day_headings and day_headings[0].end <= sentence.start:
            # ("Saturday 5 April\nThousands rallied in Mekelle…": a live page's day heading dates its undated entries, until
            # the next heading; not those under a clock stamp, whose own headline tells them: "09:05 GMT\nDelegations reach…")
            while len(day_headings) > 1 and day_headings[1].end <= sentence.start:
                day_headings.pop(0)
            stamped = bisect.bisect_left(stamps, day_headings[0].end) < bisect.bisect_left(stamps, sentence.start)
            entry_label, day_heading = (None, False) if stamped else (day_headings[0], True)
        elif entry_label is not None and not day_heading and "\n" in text[entry_label.end:sentence.start]:
            entry_label = None
        if not named and entry_label is not None and not sentence.text.rstrip().endswith("?"):
            # "October 13 — … Israel releases nearly 2,000 prisoners. Leaders sign a declaration in Sharm el-Sheikh.": a
            # later sentence of a chronology's entry tells a happening of the entry's day
            continued = _entry_continued(sentence, entry_label, text, pub, language, antecedents, gazetteer)
            if continued is not None:
                candidates.append(continued)
        titled = sentence
        if named and day_heading and entry_label is not None and not sentence.text.rstrip().endswith("?"):
            # "Tuesday 1 December\nKosovo's parliament elected a speaker, ending a deadlock that began after the February
            # elections": a main clause with no date of its own, its dates all in what follows its comma, is the day's
            # (and the dates after it title only what follows)
            main_end = _undated_main_clause_end(sentence, named[0])
            if main_end is not None:
                rest_at = main_end + len(sentence.text[main_end:]) - len(sentence.text[main_end:].lstrip(", "))
                titled = Sentence(sentence.start + rest_at, sentence.end, sentence.text[rest_at:])
                main = Sentence(sentence.start, sentence.start + main_end, sentence.text[:main_end])
                continued = _entry_continued(main, entry_label, text, pub, language, antecedents, gazetteer)
                if continued is not None:
                    candidates.append(dataclasses.replace(continued, evidence=sentence.text, evidence_end=sentence.end))
        if not inside and not counted:
            continue
        actors = gazetteer.actors(sentence.text[dateline_end(sentence.text):])  # (where the wire filed from acts in nothing)
        if len(actors) < 2 and _TWO_SIDES.search(sentence.text, 0, 120):
            # "Senegal and Mauritania signed a gas deal on Tuesday. The two countries had concluded a first agreement in
            # 2018": the two the story named last
            actors = _pair_named_before(read_before[:-1], gazetteer, actors)
        done_ranges: set[int] = set()
        kept = {id(t) for t in inside}
        titles = SentenceTitles(titled, inside, gazetteer, restated_dates(titled.text, titled.start, named),
                                bounds=[o for o in named if id(o) not in kept])
        # where the date before each ends, found once a sentence (not a pass over its dates per date)
        previous_end = {id(t): inside[i - 1].end for i, t in enumerate(inside) if i}
        # (…and where the next date, of another happening, starts: not a range's own end)
        next_start = {id(t): next((o.start for o in inside[i + 1:] if t.range_id is None or o.range_id != t.range_id), None)
                      for i, t in enumerate(inside)}
        claimed = bool(_CLAIMED.search(sentence.text))  # once a sentence, not once a date
        bounds = [t for t in inside
                  if PERIOD_BOUND_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 60), t.start - sentence.start)]
        for t in inside:
            if id(t) in previous_end and _COUNTED_FROM_AGAIN.fullmatch(sentence.text, previous_end[id(t)] - sentence.start,
                                                                       t.start - sentence.start) \
                    and re.match(r"\s*(?:[,.;)]|$)", sentence.text[t.end - sentence.start:]):
                # "…in the early hours of Friday, a day after Christmas,": a date only counted from, to say the one
                # before it again, dates nothing of its own (but "a week after Tuesday's round" names a happening)
                continue
            if t in bounds and len(bounds) < len(inside):
                # "…in the fiscal year that ended in March", "the Iranian year 1404, which ended on March 20": a
                # period's bound, when another date tells the happening (alone, it dates a results story's figures)
                continue
            range_end_when = _WHEN_OWN_CLAUSE_AFTER.match(sentence.text, t.end - sentence.start) \
                if t.range_id is not None and t.range_id in done_ranges else None
            if t.range_id is not None and t.range_id in done_ranges:
                if range_end_when is None:
                    continue
                # "…ran the country from October 2003 until January 2006, when Ellen Johnson Sirleaf took office": a
                # range's end that a when-clause tells is that clause's happening too
                partner = None
            elif t.range_id is not None:
                done_ranges.add(t.range_id)
                partner = next((o for o in inside if o.range_id == t.range_id and o is not t), None)
            else:
                partner = None
            start = _when(t)
            end = _when(partner) if partner is not None else None
            if end is not None and end.latest <= start.earliest:
                end = None
            stretch = _stretch_to(t, text, published) if partner is None else None
            if stretch is not None:  # "Fighting has intensified over the past month": the days up to the writing
                start, end = stretch
            told = titles.of(t)
            said_before = _AS_SAID_IN_TITLE.match(told)
            as_clause = _AS_SAID_BEFORE.search(sentence.text) if said_before is not None else None
            if as_clause is not None and not as_clause.start() <= t.start - sentence.start < as_clause.end():
                # "As we announced yesterday, the Deputy Secretary will lead our delegation … next Tuesday": where the news
                # was told before goes from the title of another date (its own date keeps it: "We announced")
                told = told[said_before.end():][:1].upper() + told[said_before.end() + 1:]
            if told_before is not None and len(inside) == 1:
                told = make_title(told_before, None, [], gazetteer)
            if asked is not None and _ONLY_HOPED.fullmatch(told):
                told = f"There {asked['modal'].lower()} be {asked['what']}"
            if asked_when is not None and len(inside) == 1:
                told = asked_when
            title = antecedents.resolve(told)
            ran_out = _WHEN_CLAUSE_AFTER.match(sentence.text, t.end - sentence.start) \
                if title == told and IT_RAN_OUT.match(told) else None
            if ran_out is not None:
                # "Russia invaded Georgia in August 2008. It ended in 2009 when Moscow pulled its troops back": nothing the
                # sentence before named runs out, so the when-clause is the date's happening
                clause = Sentence(sentence.start + ran_out.start("clause"), sentence.start + ran_out.end("clause"),
                                  ran_out["clause"])
                title = told = make_title(clause, None, [], gazetteer)
            if range_end_when is not None:
                clause_end = re.search(r"[,;.!?]|$", sentence.text[range_end_when.start("clause"):]).start()
                clause = Sentence(sentence.start + range_end_when.start("clause"),
                                  sentence.start + range_end_when.start("clause") + clause_end,
                                  sentence.text[range_end_when.start("clause"):][:clause_end])
                # (its pronoun is the sentence's subject: "Masra served as prime minister from January to May 2024, when
                # he came second")
                title = told = pronoun_as_subject(make_title(clause, None, [], gazetteer), sentence.text)
            if title != told:  # ("Ukraine's chief negotiator Rustem Umerov will fly…" for an interview's "I": Umerov)
                title = shorten_people(title, gazetteer)
            # "He is due to be sworn in" told as "Erhürman is due…": the one it stands for takes part
            who = actors if title == told else actors + tuple(a for a in gazetteer.actors(title) if a not in actors)
            if _NOT_UNTIL.search(sentence.text, max(0, t.start - sentence.start - 60), t.start - sentence.start):
                title = _affirmed(title)  # "…will not take office [until January]": in January it takes office
            for happening in counted:  # "Jets struck depots[, hours after rebels fired…]": told on its own
                told_apart = happening.told.rstrip(". ")
                if told_apart not in title:  # (the title has left out a relative clause inside it: "militiamen[, who…,]")
                    told_apart = without_enclosed_relative(told_apart)
                cut_short = title.endswith("…") and told_apart not in title and len(told_apart) > 20 \
                    and title.find(told_apart[:20]) > 0
                if cut_short:  # (…or was cut short inside it: "…in Caracas, almost a year after the process was frozen…")
                    title = title[:title.find(told_apart[:20])].rstrip(" ,")
                # (an aside set off by two commas goes with both: "established, the day …, by resolution 1996")
                both = told_apart.startswith(",") and told_apart + "," in title \
                    and not re.search(re.escape(told_apart) + r",\s+(?:for\s+(?:instance|example)|however|though|too)\b", title)
                opened = title.startswith(told_apart)  # ("A year after the massacre, relatives gathered…": an opening)
                title = title.replace(told_apart + ("," if both else ""), "").strip(" ,")
                if opened:
                    title = title[:1].upper() + title[1:]
                # ("On Nov. 21, the day after the rebels seized the airport, the mediator flew…": the opening date took
                # the aside's comma with it)
                bare = told_apart.lstrip(" ,")
                if bare and title.lower().startswith(bare.lower() + ","):
                    title = title[len(bare) + 1:].strip()
                    title = title[:1].upper() + title[1:]
                # (…or cut before its clause ended: "The ceasefire took effect, the day [after both sides signed…]")
                distance = re.match(r",\s+(.+?)\s+(?:after|before)\b", happening.told)
                if distance:
                    title = re.sub(rf",?\s+{re.escape(distance[1])}\s*$", "", title)
            # ("The recount began on Nov. 24 and should have taken two weeks": what was done, then what should have been)
            title = _JOINED_COUNTERFACTUAL.sub(r"\g<done>", title)
            if len(title.split()) < 2 or _DAY_AS_STATE.match(title) or _COUNTERFACTUAL.match(title) \
                    or _NOTHING_TO_TELL.match(title) \
                    or _NONE_OF_NOTE.fullmatch(title) or _ONLY_TIME_CAME.fullmatch(title):
                # ("I have nothing to announce on that today": nothing happened; "Then came [the summer]": only time passed)
                continue  # (…nor what should or could have happened, and did not: "It should have said so in 2022")
            negated_in_title = _NOT_HAPPENED.search(title)
            unhappened = negated_in_title and _NOT_HAPPENED.search(sentence.text)
            if unhappened and re.search(r"\b(?:that|which|who|whom)\s[^,;]*$|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2}"
                                        r"(?:it|they|he|she|we)\s+$"
                                        r"|,\s+(?:saying|arguing|claiming|complaining|insisting|noting|adding|warning)\s[^;]*$",
                                        title[max(0, negated_in_title.start() - 200):negated_in_title.start()]):
                # ("The mission was set up in 1991 to organise a referendum that has never taken place": what has not
                # happened is the relative clause's noun, not the title's own doing; so is an appositive's, its relative
                # without "that": "…threatened in early August to use force, a threat it has not carried out"; and what a
                # participle of saying reports: "let the deal expire on Monday, saying promises had not been kept")
                unhappened = None
            last_done = _NOT_DONE_SINCE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start) \
                if unhappened else None
            if last_done is not None and (last_done["part"] in PLAIN_PASTS or last_done["part"] in PAST_LIKE_PRESENT
                                          or last_done["part"].endswith("ed")) \
                    and _NOT_DONE_IN_TITLE.search(title) and not re.match(r"(?:It|They|He|She|We)\s", title):
                # "The Normandy format had not met at leaders' level since December 2019": it last met then (when the
                # title says who: a pronoun left alone tells no one)
                title, unhappened = _NOT_DONE_IN_TITLE.sub("last ", title, count=1), None
            done_but_not = _DONE_BUT_NOT.match(title) if unhappened else None
            if done_but_not is not None:
                # "Putin apologised for a tragic incident three days later but did not accept blame": what was done
                # happened, what was not is another predicate's
                title, unhappened = done_but_not["done"], None
            negated = _NOT_HAPPENED.search(title) if unhappened else None
            if negated is not None and _DONE_THEN_NOT_SINCE.search(title, 0, negated.start()):
                unhappened = None  # "Talks collapsed in July 2017 and have not resumed since": the collapse happened
            held = _HELD_GATHERING_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start) \
                if unhappened else None
            if held is not None:
                # "Neither candidate had made it past 35% in the first round on Aug. 17": what did not happen happened in a
                # gathering the date names, which did take place
                title, unhappened = held["np"][:1].upper() + held["np"][1:], None
            later_verb = _ANOTHER_VERB.search(sentence.text, unhappened.end()) if unhappened else None
            if unhappened and not _SAYING_IN_TITLE.search(title) \
                    and not (later_verb is not None and later_verb.start() < t.start - sentence.start):
                # "More than a year later, it has still not been signed": what has not happened by a date (but "…still
                # had not signed the agreement he was sent [in May]" dates the sending)
                continue
            deadline = _deadline(text, t.start, t.end)
            status = _status(text, t, start, pub, claimed, language, deadline)
            # ("…agreed to hold an election in June 2027": the election is ahead, the agreeing is not)
            title = agreed_doing(title, sentence, t, inside, status is EventStatus.SCHEDULED)
            awaited = _AWAITED_IN_THE_PAST.search(title) if status is EventStatus.SCHEDULED else None
            if awaited is not None and awaited.group() not in sentence.text:
                # ("…a signing ceremony expected at the White House on Friday": what is still awaited is told so, not as a
                # past plan the title made of the participle; the text's own "were due to" stays)
                title = title[:awaited.start()] + ("are " if awaited["be"] == "were" else "is ") + awaited["part"] \
                    + title[awaited.end():]
            # "The Council requested the Secretary-General to present options [by 1 June 2027]": what is due then, told from
            # the sentence (the title may have been cut short)
            told = re.sub(r"\s+by(?:\s+the)?$", "", sentence.text[:t.start - sentence.start].rstrip()) \
                + sentence.text[t.end - sentence.start:].rstrip(" .") if deadline else ""
            asked = _ASKED_TO.match(told) if told else None
            if asked is not None:
                who, rest = asked["who"], asked["rest"]
                # (the thing due by the date is the last one asked before it: "to submit a report every 90 days, and to
                # present options … by 1 March")
                last_asked = list(re.finditer(r",?\s+and\s+to\s+(?=[a-z]{2,}\s)", rest))
                rest = rest[last_asked[-1].end():] if last_asked else rest
                rest = re.split(r",|;|\s+and\s+(?=[a-z]+\s)", rest, maxsplit=1)[0]
                rest = re.sub(r"\s+(?:by|no\s+later\s+than)(?:\s+the)?\s*$", "", rest)  # (the deadline's own words)
                plural = be_for(who) == "were"  # (a name of two words is one: "Secretary-General Antonio Guterres is to…")
                be = ("are" if plural else "is") if status is EventStatus.SCHEDULED else ("were" if plural else "was")
                title = f"{who[:1].upper()}{who[1:]} {be} to {rest}"  # (a deadline gone by: "The co-chairs were to…")
                title = title if len(title) <= 110 else title[:100].rsplit(" ", 1)[0] + "…"
            put_off = (_PUT_OFF_TITLE.match(title) or _PUT_OFF_OBJECT_TITLE.search(title)) \
                if status is EventStatus.SCHEDULED and _MOVED_UNTIL.search(
                    sentence.text, max(0, t.start - sentence.start - 110), t.start - sentence.start) else None
            if put_off is not None:
                # "The trial was adjourned until 15 December", "A court adjourned the trial of Machar until Dec. 8": what
                # that day holds is the trial going on again
                # (the head's number, before its phrase or participle: "Elections promised for this year are")
                told = put_off["np"] or put_off.groupdict().get("np2") or ""
                head = re.split(r"\s+(?:of|for|in|on|at|to|with|from|by|[a-z]{3,}ed)\b", told, maxsplit=1)[0]
                np, plural = told, re.search(r"[^s]s$", head) is not None
                np = np[:1].upper() + np[1:]
                again = "resume" if (put_off["verb"] or "").lower() in ("adjourned", "suspended") else "be held"
                title = f"{np} {'are' if plural else 'is'} to {again}"
            passive = _PASSIVE_PAST.search(title) if status is EventStatus.SCHEDULED and put_off is None else None
            # (nor a passive of a clause of condition or time after the main verb: "Israel would halt aid convoys unless
            # more remains were handed over")
            if passive is not None and not re.search(r"[,;]|\b(?:said|says|told|announced|reported|stated|unless|if|until|"
                                                     r"once|when|after|before|because|would|will)\b",
                                                     title[:passive.start()]) \
                    and not deadline:  # ("Kyiv was given until Thursday to accept": given then)
                # "Elections, held on Oct. 5, will be…", published before it: the main verb tells it ahead
                title = title[:passive.start()] + (" are" if passive[1] == "were" else " is") + " to be " + title[passive.end():]
            awaited = re.fullmatch(r"(?P<np>[^,;]{3,60}?)\s(?P<be>was|were)\s(?P<part>expected|due)", title) \
                if status is EventStatus.SCHEDULED and not re.search(r"\b(?:was|were)\s+(?:expected|due)\b", sentence.text) \
                else None  # (what the text itself tells in the past stays so: "An exchange was expected late Monday")
            if awaited is not None:  # "The verdict, expected on Thursday, could…", published before it: it is expected
                title = f"{awaited['np']} {'are' if awaited['be'] == 'were' else 'is'} {awaited['part']}"
            looked_for = _LOOKED_FOR_BY_OTHERS.search(title) if status is EventStatus.SCHEDULED else None
            if looked_for is not None:
                # "…depends on a Council vote that diplomats now expect in the first quarter of 2027": the vote is what
                # the date holds, not the depending
                np = looked_for["np"]
                title = f"{np[:1].upper()}{np[1:]} {'are' if re.search(r'[^s]s$', np.split(' of ')[0]) else 'is'} expected"
            derivation = t.derivation or "written in full"
            if partner is not None:
                derivation += f"; until {partner.text} ({partner.derivation or 'written in full'})"
            kind = classify_kind(title, _own_predicate(title, _near(sentence, t, previous_end.get(id(t)), next_start.get(id(t)))),
                                 round_context, language=language,
                                 reported=status is EventStatus.SCHEDULED or _reported_date(sentence, t, inside),
                                 scheduled=status is EventStatus.SCHEDULED)
            if _PROSPECT_IN_TITLE.search(title) and attributes(sentence.text, t.start - sentence.start, t.end - sentence.start) \
                    and _SENTENCE_CLOSES.match(sentence.text, t.end - sentence.start):
                # "A deal could be reached by the end of the year, a U.S. envoy said on Tuesday": on the day of the saying,
                # a prospect was said, nothing done
                kind = EventKind.STATEMENT
            candidates.append(Candidate(
                title=title, start=start, end=end, status=status, kind=kind,
                actors=who, evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end,
                derivation=derivation, date_phrase=t.text if partner is None else f"{t.text} – {partner.text}",
                timex=t.value,
            ))
        for happening in counted:  # "…said on Friday, a day after the two leaders spoke by phone"
            told = happening.text
            gerund = re.match(r"(?P<ing>[a-z]{3,}ing)\s+(?P<rest>.+)$", told)
            if gerund is not None and _VERB_OF_A_GERUND_SUBJECT.match(gerund["rest"]):
                gerund = None  # "a day after shelling on the town of Kajo Keji killed nine": the gerund is a noun, the subject
            doer = subject_of(sentence.text[dateline_end(sentence.text):]) if gerund is not None else None
            if gerund is not None and (doer is None or re.fullmatch(r"(?:It|They|He|She|We|I|This|That|There)", doer)):
                continue  # (a gerund whose doer the sentence does not name tells no happening)
            if gerund is not None:  # "The envoy spoke to us on Wednesday, a day after returning from Riyadh"
                told = f"{doer} {past_of_participle(gerund['ing'])} {gerund['rest']}"
            # ("…ratified the agreement on Tuesday, a week after Azerbaijan's did": what the main clause did)
            title = ellipsis_filled(make_title(Sentence(0, len(told), told), None, [], gazetteer), sentence.text)
            # ("The cabinet on Thursday approved the plan, a day after it instructed the army…": the cabinet; but "The
            # launch came nine days after it test-fired…" is no launch's doing)
            subject = pronoun_as_subject(title, sentence.text)
            opening = came_subject(sentence.text)
            title = antecedents.resolve(title if opening is not None and subject.lower().startswith(opening.lower())
                                        else subject)
            if len(title.split()) < 2:
                continue
            start = When.from_timex(happening.value)
            candidates.append(Candidate(
                title=title, start=start, kind=classify_kind(title, title, sentence.text),
                status=EventStatus.SCHEDULED if start.earliest >= pub.latest else EventStatus.HAPPENED,
                actors=gazetteer.actors(happening.text), evidence=sentence.text, evidence_start=sentence.start,
                evidence_end=sentence.end, derivation=happening.derivation, date_phrase=happening.phrase,
                timex=happening.value,
            ))
    return _dedupe(candidates)


#: A time clause's conjunction and the subject after it: "after the Soviet Union …", "when talks …".
_TIME_CLAUSE_OPENS = re.compile(r"\b(?:after|before|until|when|once)\s+(?=(?:the|a|an|its|their|his|her|[A-Z])\S*\s+"
                                # (an irregular past too: "after a new government took office")
                                rf"(?:[\w'’.-]+\s+){{0,4}}?(?:[a-z]{{3,}}ed|was|were|had|{words_pattern(PLAIN_PASTS)})\b)")


#: A prospect a title holds, which a saying only puts forward: "could be reached", "would resume", "is expected to".
_PROSPECT_IN_TITLE = re.compile(r"\b(?:could|might|may|would|will)\s+(?:not\s+|soon\s+|still\s+)?[a-z]{2,}\b"
                                r"|\b(?:is|are)\s+(?:expected|likely|set|due)\s+to\b")
#: The end of a sentence right after a date.
_SENTENCE_CLOSES = re.compile(r"\s*[.!?]?[\"”’]?\s*$")


def _near(sentence: Sentence, t: Timex, previous_end: int | None, next_start: int | None = None) -> str:
    """The words around a date, which tell its kind when its title does not: the whole sentence
    would lend it the kind of another clause ("The meeting came…, which parliament passed on
    Tuesday" is no talks), and so would the words of another date ("…days after Russia's invasion
    in February 2022 and was granted candidate status in June" is no military action)."""
    rel = t.start - sentence.start
    when = _WHEN_AFTER.match(sentence.text, t.end - sentence.start)
    clause = re.match(r"[^,;.]{0,90}", sentence.text[when.end():]).group() if when is not None else ""  # (to its end)
    if when is not None and not re.search(r"\b(?:it|them|they)\b", clause) \
            and not re.match(r"\s*(?:[\w'’.-]+\s+){1,4}?(?:was|were|is|are|remained|seemed)\b", clause):
        # "…the largest mission since 2004, when the country joined the alliance": the when-clause tells the date's
        # happening, the clause before it another's (unless it goes on about what that clause named: "The embargo dates
        # back to February 2011, when the council imposed it"; or tells only a state: "…in 2011, when Egypt was in turmoil")
        return sentence.text[when.start():when.end()] + clause
    lo = max(rel - 100, previous_end - sentence.start if previous_end is not None and previous_end <= t.start else 0)
    # (nor another coordinated clause: "…the envoy visited Doha, and in mid-September the cabinet approved…")
    joined = [m.end() for m in _COORDINATED_BEFORE.finditer(sentence.text, max(0, lo), rel)]
    # (…nor the main clause of the date's time clause: "turned into full-scale war after the Soviet Union collapsed in")
    subordinate = [m.start() for m in _TIME_CLAUSE_OPENS.finditer(sentence.text, max(0, lo), rel)]
    if subordinate and (not joined or subordinate[-1] > joined[-1]):
        joined = [subordinate[-1]]
    if joined:
        lo = joined[-1]
    elif previous_end is not None and previous_end - sentence.start == lo:
        # (nor the noun the date before names: "damaged during the 1992 war and rebuilt in 2001" is no war of 2001)
        # (…or a phrase of what it came after: "fled in November 2019 after disputed elections and returned a year later")
        named = re.match(r"\s+(?:(?:after|before|following|amid|despite|over)\s+(?:[\w'’-]+\s+){0,5}?)?[a-z][\w-]*"
                         r"(?=\s+(?:and|or|but)\b|[,;])", sentence.text[lo:rel])
        if named is not None:
            lo += named.end()
    after = sentence.text[rel:rel + 60]  # (what follows may be the saying of it: "…, she said")
    after += re.match(r"\S*", sentence.text[rel + 60:rel + 90]).group()  # (…to the end of its last word: "military courts")
    boundary = next((m for m in reversed(list(_COORDINATED_AFTER.finditer(sentence.text, rel, next_start - sentence.start)))),
                    None) if next_start is not None else None
    if boundary is not None:
        # (…nor the clause of the next date: "Born in 1944 in Turku, Rehn entered politics in the 1970s and was elected…")
        after = after[:boundary.start() - rel]
    if not re.match(r"\s*(?:[\"“'‘]|``)", sentence.text):
        # …but a source named after a reported happening makes it no statement: "Reinforcements arrived
        # early Wednesday, the sources said" (a quotation's closing "she said" does)
        after = _CLOSING_SOURCE.sub("", after)
    # (what the date's happening is counted since, after it, is another's: "marched on Friday to mark two years since
    # Azerbaijan's offensive")
    after = _SINCE_PHRASE.sub(" ", after)
    # (…nor what went with it: "…are meeting on Dec. 3-4, with the war in Ukraine again dominating the agenda")
    after = _WITH_TO_END.sub("", after)
    if _IN_RELATIVE_ASIDE.search(sentence.text, max(0, rel - 160), rel):
        # (…nor the main clause a relative aside holding the date closes into: "Rutte, who took over from Stoltenberg last
        # October, called the summit transformational" is no talks)
        after = after.split(",", 1)[0]
    other = _OTHER_CLAUSE_AFTER.search(after)  # …but not another happening: ", days after U.S. strikes hit…"
    # (…nor the subject's aside, closed before the date's own verb: "Insurers, who had raised premiums during the attacks,
    # cut them last week" is no attack)
    before = _SUBJECT_ASIDE_CLOSED.sub(" ", sentence.text[max(0, lo):rel])
    if re.search(r",\s+(?:who|which)\s+$", sentence.text[:max(0, lo)]):
        before = _ASIDE_REST_CLOSED.sub(" ", before)  # (…begun where the aside opened)
    return before + (after[:other.start()] if other else after)


def _own_predicate(title: str, near: str) -> str:
    """The words around a date from the title's own predicate on, when a predicate of the same subject was joined before
    it by "and": "Somalia called the deal a violation and [expelled Ethiopia's ambassador in April]" lends the expelling no
    deal."""
    verb = _OWN_PAST_VERB.search(title)
    if verb is None or verb.start() == 0:
        return near
    at = near.find(title[verb.start():])
    return near[at:] if at > 0 and _PREDICATE_JOINED_BEFORE.search(near, max(0, at - 60), at) else near


#: A past and what it was done to, joined by "and" to the predicate after it: "called the deal a violation [and ]".
_PREDICATE_JOINED_BEFORE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;]*\s+and\s+$")
#: A relative aside opened before a date and not yet closed: ", who took over from Stoltenberg [last October]", ", a Sunni
#: lawmaker who first held the post [from 2006]".
_IN_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;()]{1,40}?\s+)?(?:who|which)\s[^,;()]*$")
#: A relative clause about the subject, set off by commas and closed before the rest of the clause: ", who had raised
#: premiums during the attacks, ".
_ASIDE_REST_CLOSED = re.compile(r"^[^,;]{0,160},\s+(?=[^,;]*$)")
_SUBJECT_ASIDE_CLOSED = re.compile(r",\s+(?:who|which)\s[^,;]{0,160},\s+(?=[^,;]*$)")


#: The when-clause after a date, to its sentence's end: "[, when Moscow pulled its troops back]".
_WHEN_CLAUSE_AFTER = re.compile(r"[^,;.]{0,40}?,?\s+when\s+(?P<clause>[^;]+?)[.!?]?\s*$")
#: A when-clause with a subject of its own and its past, right after a date: ", when Ellen Johnson Sirleaf took office".
_WHEN_OWN_CLAUSE_AFTER = re.compile(rf",\s+when\s+(?P<clause>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){{0,5}}?\s+"
                                    rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")
#: A clause boundary between a date and the next: a comma or a joining "and".
_COORDINATED_AFTER = re.compile(r",\s|\s(?:and|but|then)\s")
#: A thing others look for, closing a title its date was taken from: "[a Council vote] that diplomats now expect (at the
#: earliest)".
_LOOKED_FOR_BY_OTHERS = re.compile(r"\b(?P<np>(?:a|an|the)\s+(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
                                   r"(?:that|which)\s+(?:(?:most\s+)?[\w'’.-]+\s+){1,3}?(?:now\s+|still\s+|widely\s+)?"
                                   r"(?:expects?|anticipates?|predicts?|forecasts?|hopes?\s+for)(?:\s+at\s+the\s+(?:earliest|latest))?$")
#: The finite past a gerund opening a clause is the subject of: "[shelling] on the town of Kajo Keji killed" (not a
#: relative clause's or an auxiliary's: "meeting officials who opposed", "returning after talks had failed"); the verb may
#: come right after the gerund ("six months after fighting broke out").
# (not a participle right after the gerund's own object: "two days after winning [an election held] more than…")
_VERB_OF_A_GERUND_SUBJECT = re.compile(rf"(?!(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+)?[a-z][\w'’-]*\s+(?:held|called|"
                                       rf"won|signed|agreed|brokered|[a-z]{{3,}}ed)\s+(?:by|in|on|at|last|more|less|over|after|"
                                       rf"before|earlier|this|that)\b)"
                                       rf"(?:[^,;]*?\s)?(?<!\swho\s)(?<!\swhich\s)(?<!\sthat\s)(?<!\shad\s)(?<!\shas\s)"
                                       rf"(?<!\shave\s)(?<!\swas\s)(?<!\swere\s)(?<!\sbeen\s)"
                                       rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
_CLOSING_SOURCE = re.compile(r",\s+(?:(?:[\w.'’-]+\s+){1,6}?(?:said|says|told\s+\w+|reported|added)|according\s+to)\b.*$", re.S)
_COORDINATED_BEFORE = re.compile(r",\s+(?:and|but|while|whereas|then)\s+|;\s+"
                                 # (a relative clause set off by its comma: "…agreed to restore rail links, which were cut…")
                                 r"|,\s+(?:which|who)\s+"
                                 # (a clause of its own after another date: "…on Wednesday, diplomats said, after Slovakia lifted…")
                                 r"|,\s+(?:after|before|when|once|as|since|until)\s+(?=(?:the\s+)?[A-Z]|the\s)")
_OTHER_CLAUSE_AFTER = re.compile(r",\s+(?:[\w-]+\s+){0,5}?(?:after|before|when|while|as|since|until)\b"
                                 # (…and its French, Spanish, Italian and Portuguese: ", tre settimane dopo gli scontri")
                                 r"|,\s+(?:[^\W\d_]+\s+){0,3}?(?:après|avant|después|antes|dopo|prima|depois|lorsque|quand|"
                                 r"cuando|quando)\b"
                                 # (what a happening crowns is another's: "…on Saturday, capping a year of negotiations")
                                 r"|,\s+(?:capping|crowning|concluding|culminating|ending|closing|marking|rounding\s+off)\s"
                                 # (…or one an anniversary remembers: "…on Tuesday, the 39th anniversary of the invasion")
                                 r"|,\s+the\s+(?:eve\s+of\s+the\s+)?[\w-]+\s+anniversary\b|,\s+the\s+eve\s+of\b"
                                 r"|,\s+(?:but|and)\s+(?:the|a|an|he|she|they|it|[A-Z])"  # "…, but the secretary said"
                                 # (a second predicate ahead: "…spoke to the minister yesterday and will travel to…")
                                 r"|,?\s+and\s+(?:will|would|is\s+to|are\s+to|plans?\s+to|is\s+expected\s+to)\s"
                                 # "…, who drew up a plan at the weekend, will hold a call": the main verb again
                                 r"|,\s+(?:will|would|has|have|had|is|are|was|were|could|can|may|might|must|should)\s")


#: A plan told in the past tense: on the day it is for, it has not happened yet.
_PLANNED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:(?:also|still)\s+)?(?:expected|scheduled|due|set|slated|planned)\b[^.;]{0,40}$"
                             # (…or what someone expected of it: "said it expected a further drop [in the fourth quarter]")
                             r"|\b(?:expected|forecast|predicted|projected|anticipated)\s+(?:a|an|the|further|more)\s+"
                             r"[^.;,]{0,40}$")


#: A clock time alone, as live pages stamp their entries ("14:05", "14.05 GMT").
#: A month's or a day's value, which a heading line may hold above the entries it dates.
#: (…or a year's, or the first of a span of years: "1998-2000" over "A border war kills…")
_HEADING_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: A live page's heading of when, before its relative date: "[Earlier ]today", "[Later ]this week".
_EARLIER_HEADING = re.compile(r"(?:Earlier|Later)[ \t]+$")
#: A line that holds only a date (with a heading's marks): "March", "## 13 March 2025", "**August**", "1998-2000".
_DATE_LINE = re.compile(r"[ \t#*=_-]*[^\W\d_]+(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?[ \t*#=_:]*"
                        r"|[ \t#*=_-]*(?:Earlier|Later)[ \t]+(?:this[ \t]+)?[^\W\d_]+[ \t*#=_:]*"
                        r"|[ \t#*=_-]*\d{1,2}[ \t]+[^\W\d_]+(?:[ \t]+\d{4})?[ \t*#=_:]*"
                        r"|[ \t#*=_-]*\d{4}(?:[ \t]*[-–/][ \t]*\d{2,4})?[ \t*#=_:]*")


def _contains_value(outer: str, inner: str) -> bool:
    """Whether the calendar span of TIMEX3 value `outer` holds that of `inner` ("2025-06" holds "2025-06-10")."""
    try:
        return When.from_timex(outer).contains(When.from_timex(inner))
    except TimexError:
        return False


def _line_end(text: str, pos: int) -> int:
    """Where the line at `pos` ends, looked for within 80 characters (a heading is short): else there."""
    newline = text.find("\n", pos, pos + 80)
    return newline if newline >= 0 else min(len(text), pos + 80)


#: A live page's stamp, its half of the day and its zone each optional: "14:05", "1.05pm", "9:15 a.m. EST".
_LIVE_STAMP = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T?|\(GMT\)|local\s+time))?")


def _status(text: str, t: Timex, start: When, pub: When, claimed: bool, language: str = "en",
            deadline: bool = False) -> EventStatus:
    # (a live page's time stamp tells when its entry was written, whatever the entry says will come:
    # "13:40 - China's ambassador says Beijing will abstain"; under a later day's heading too, the
    # page having gone on after it was first published)
    stamp = t.type == "TIME" and _LIVE_STAMP.fullmatch(t.text) and opens_its_line(text, t.start)
    if start.earliest >= pub.latest and not (stamp and t.derivation.startswith(STAMP_UNDER_HEADING)):
        return EventStatus.SCHEDULED
    if t.mod == "END" and start.earliest <= pub.earliest and pub.latest <= start.latest - (start.latest - start.earliest) // 3:
        # "…before a deadline at the end of the week", written on its Wednesday: the period holds the publication, and
        # its end is still ahead (whatever the tense of the clause it is told in: "were trying … before a deadline")
        return EventStatus.SCHEDULED
    # (the tense of another language is read by its own words: "Следующая встреча может пройти в конце июня")
    ahead = clause_tense(text, t.start, t.end) == "future" if language == "en" else looks_ahead(text, t.start, t.end, language)
    if ahead and _opens_entry(text, t.start) and (ENTRY_LABEL.match(text, t.start) or _HYPHENED_ENTRY_LABEL.match(text, t.start)
                                                  or COLON_ENTRY_LABEL.match(text, t.start)) \
            and not _AHEAD_WORDS.search(text, t.end, _line_end_within(text, t.end, 200)):
        # "November 2026 – A new U.S. plan is discussed in Geneva", "10 January 2025: Maduro is sworn in": a chronology's
        # entry tells in the present what was done in its month (only its own words of what is to come look ahead)
        ahead = False
    # ("could be needed later this week": the rest of a period that holds the publication lies ahead)
    if start.latest > pub.earliest and not stamp and (ahead or _PLANNED_BEFORE.search(text, max(0, t.start - 60), t.start)
                                                      or deadline
                                                      # ("We hope at the conference in December", said in December)
                                                      or _HOPED_FOR_BEFORE.search(text, max(0, t.start - 80), t.start)
                                                      or re.match(r"later\s+(?:this|today|tonight|in\s+the\s+(?:day|week|month|"
                                                                  r"year))\b", t.text, re.I)):
        return EventStatus.SCHEDULED  # "A fourth exchange was expected late Monday", written that Monday
    if claimed:
        return EventStatus.CLAIMED
    return EventStatus.HAPPENED


#: A present of hoping or expecting in the date's clause, before it: "We hope at the conference [in December]".
_HOPED_FOR_BEFORE = re.compile(r"\b(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he)\s+(?:still\s+)?(?:hope|hopes|expect|expects)\b[^.;!?]*$")


#: A chronology entry's date closed by a spaced hyphen: "August 8, 2025 - Leaders initial the treaty".
_HYPHENED_ENTRY_LABEL = re.compile(r"(?=[^—–\n]{0,40}\d)[\w.,' /]{1,40}?\s+-\s+")


def _opens_entry(text: str, start: int) -> bool:
    """Whether only blanks, or a list's bullet, stand before `start` on its line: "* August 8, 2025 - …"."""
    before = text[max(0, start - 40):start]
    return ("\n" in before or start <= 40) and not before[before.rfind("\n") + 1:].strip(" \t•*·▪►●-")


#: Words that tell what is still to come: "will", "is to", "is expected to", "plans to".
_AHEAD_WORDS = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|due|set|expected|scheduled|planned|slated)|plans?\s+to|"
                          r"intends?\s+to|aims?\s+to)\b", re.I)


def _line_end_within(text: str, pos: int, reach: int) -> int:
    """Where the line at `pos` ends, looked for no further than `reach` characters (a pasted line may be megabytes)."""
    newline = text.find("\n", pos, pos + reach)
    return min(len(text), pos + reach) if newline < 0 else newline


def _stamped(c: Candidate) -> bool:
    """Whether a candidate is dated by the live page's stamp that opens its entry, not by its own words."""
    return bool(_LIVE_STAMP.fullmatch(c.date_phrase)) and c.evidence.startswith(c.date_phrase)


def _stamp_within_its_part_of_day(stamped: Candidate, c: Candidate) -> bool:
    """Whether a live entry's stamp lies in the part of its day that its sentence names in the present: "09:40 — The
    president opens the morning session" is at 09:40, the finer of the two (a past told in the entry keeps its own part
    of the day: "11:30 — Strikes this morning killed five" were not at 11:30, nor is what is ahead: "12:10 — The prime
    minister will chair a session this afternoon")."""
    # (the part's hours are the domain's, which `When` already spans)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI)", c.timex) \
            or not c.start.earliest <= stamped.start.earliest < c.start.latest:
        return False
    at = c.evidence.find(c.date_phrase) if c.date_phrase else -1
    return at >= 0 and clause_tense(c.evidence, at, at + len(c.date_phrase)) != "past" \
        and not _SAID_AHEAD_IN_TITLE.search(c.title)


#: A future said outright in a title: "will chair", "is due to open", "are to meet".
_SAID_AHEAD_IN_TITLE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|expected|set|scheduled|slated)\s+)?to)\s")


def _night_before_of(kept: list[Candidate], titled: dict[tuple[str, str], int], c: Candidate) -> int | None:
    """The kept candidate of `c`'s title and sentence dated the day after `c`'s night, when `c` is that night ("Wednesday:
    … overnight" is the night into Wednesday), else None."""
    night = re.fullmatch(r"(\d{4}-\d{2}-\d{2})TNI", c.timex)
    if night is None or c.end is not None:
        return None
    try:
        day_after = (date.fromisoformat(night[1]) + timedelta(days=1)).isoformat()
    except ValueError:
        return None
    i = titled.get((c.title, day_after))
    if i is None or kept[i].timex != day_after or kept[i].evidence_start != c.evidence_start or kept[i].end is not None:
        return None
    return i


def _next_day_of(kept: list[Candidate], i: int | None, c: Candidate) -> int | None:
    """`i`, the kept candidate of `c`'s title and sentence, when `c` goes on from it: told on the day before (two dates
    of one phrase, "late on Thursday and in the early hours of Friday"). (Looked up, not searched for: a pasted list
    of thousands of dates is one sentence.)"""
    if i is None or c.end is not None or not _DAY_OR_FINER.match(c.timex):
        return None
    k = kept[i]
    last = k.end.to_timex() if k.end is not None else k.timex  # (a third day goes on from the second: "Monday, Tuesday and
    # Wednesday")
    # (a kind read from words near one day only is the other's too: "hosted the leaders on Monday and Tuesday, the first
    # formal talks in nine years")
    if _DAY_OR_FINER.match(k.timex) and _DAY_OR_FINER.match(last) \
            and (k.kind == c.kind or EventKind.OTHER in (k.kind, c.kind)) and k.status == c.status \
            and (date.fromisoformat(c.timex[:10]) - date.fromisoformat(last[:10])).days == 1:
        return i
    return None


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """The same happening told twice in one article (lead and body) is one candidate: same date, same
    kind, and titles that share most of their words (or their actors and some words), or the same title
    on the same day. Two statements of one day by different people, or two meetings of one day, stay two."""
    kept: list[Candidate] = []
    by_key: dict[tuple[str, object], list[tuple[Candidate, set[str]]]] = {}
    titled: dict[tuple[str, str], int] = {}
    told_by: dict[tuple[str, int | None], int] = {}  # the last kept candidate of a title and a sentence
    for c in candidates:
        night = _next_day_of(kept, told_by.get((c.title, c.evidence_start)), c)
        if night is not None:  # "…killed 12 people late on Thursday and in the early hours of Friday": one happening
            kind = kept[night].kind if kept[night].kind != EventKind.OTHER else c.kind
            kept[night] = dataclasses.replace(kept[night], end=c.start, kind=kind)
            continue
        eve = _night_before_of(kept, titled, c)
        if eve is not None:
            # "Wednesday: Russian drones struck energy facilities overnight": the entry's day and the night before it,
            # which the sentence tells in its own words, are one happening, at night
            kept[eve] = c
            titled[(c.title, c.timex[:10])] = eve
            continue
        seen = titled.get((c.title, c.timex[:10]))
        if seen is not None:  # "overnight on January 11-12": the night and the days are one happening
            if c.end is not None and kept[seen].end is None:
                kept[seen] = c  # the one that says how long it lasted
            elif c.end is None and len(c.timex) > len(kept[seen].timex) and c.timex.startswith(kept[seen].timex) \
                    and not _stamped(c):
                kept[seen] = c  # "…on April 15, when fighting broke out at about 9 a.m.": the finer of the two
            elif _stamped(kept[seen]) and not _stamped(c) and not _stamp_within_its_part_of_day(kept[seen], c):
                # "11:45 GMT – The talks resumed at 10:00 local time", "12:40 GMT – The prime minister is due to meet the
                # president later today": the page's stamp is its telling, the sentence's own date the happening's
                kept[seen] = c
            continue
        same = by_key.setdefault((c.timex, c.kind), [])
        words = _content_words(c.title)
        # (two predicates of one subject in one sentence are two happenings: "A revised text followed that November and
        # was approved by Congress days later")
        twin = next((k for k, k_words in same if _told_again_here(words, k_words, set(k.actors) & set(c.actors))
                     and not _two_predicates_of_one_sentence(k, c)
                     and not _other_actors(set(k.actors), set(c.actors))
                     and not _other_doers(k.title, c.title, words, k_words)), None)
        if twin is None and same and _BARE_REFERENCE.fullmatch(c.title):
            continue  # "Under Monday's agreement, …" names the agreement already told for Monday
        bare = next((i for i, (k, _) in enumerate(same) if _BARE_REFERENCE.fullmatch(k.title)), None) \
            if twin is None else None
        if bare is not None:  # …or told before it: the fuller telling takes its place
            old = same[bare][0]
            kept[kept.index(old)] = c
            same[bare] = (c, words)
            titled[(c.title, c.timex[:10])] = kept.index(c)
            continue
        if twin is None:
            titled[(c.title, c.timex[:10])] = len(kept)
            told_by[(c.title, c.evidence_start)] = len(kept)
            kept.append(c)
            same.append((c, words))
    # "Earlier this month, Israel carried out a strike…, hitting a building on 9 November": one strike,
    # dated as finely as the sentence allows
    told: dict[int, list[Candidate]] = {}
    for c in kept:
        told.setdefault(c.evidence_start, []).append(c)
    kept = [c for c in kept if not _finer_told(c, told[c.evidence_start]) and not _told_by_own_date(c, told[c.evidence_start])
            and not _same_told_finer(c, told[c.evidence_start])]
    return _entries_told_finer(kept)


def _entries_told_finer(candidates: list[Candidate]) -> list[Candidate]:
    """A chronology entry's label and the same happening dated finer inside the entry ("1994 — A ceasefire brokered by
    Moscow in May ends a war…": "A ceasefire ends a war…" in 1994, "A ceasefire was brokered by Moscow" in May) are one
    event, at the finer date, told as the entry tells it."""
    by_sentence: dict[int | None, list[Candidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.evidence_start, []).append(c)
    retold: dict[int, Candidate] = {}
    labels: set[int] = set()
    for c in candidates:
        if c.end is not None or not c.date_phrase or not c.evidence.startswith(c.date_phrase) \
                or not (ENTRY_LABEL.match(c.evidence) or _HYPHENED_ENTRY_LABEL.match(c.evidence)
                        or _ENTRY_LABEL_AFTER_DATE.match(c.evidence, len(c.date_phrase))):
            continue
        # (a label in words gives way to a day the entry writes out, wherever it falls: "Later in the month: EU leaders
        # hold their last summit of the year on Dec. 17-18")
        finer = [o for o in by_sentence[c.evidence_start] if o is not c and o.start != c.start
                 and (o.end is None and c.start.contains(o.start)
                      or not re.search(r"\d", c.date_phrase) and re.search(r"\d", o.date_phrase or "")
                      and o.start.precision is Precision.DAY)
                 and _opening_words(o.title) == _opening_words(c.title)]
        if len(finer) == 1 and id(finer[0]) not in retold:
            labels.add(id(c))
            retold[id(finer[0])] = dataclasses.replace(finer[0], title=c.title, kind=c.kind)
    return [retold.get(id(c), c) for c in candidates if id(c) not in labels]


def _opening_words(title: str) -> str:
    """A title's subject as its first two words ("a ceasefire"): what two titles of one entry are about."""
    return " ".join(title.lower().split()[:2])


def _same_told_finer(c: Candidate, same_sentence: list[Candidate]) -> bool:
    """Whether the sentence titles `c`'s happening the same at a date inside `c`'s ("Three days later, Vance landed in
    Israel, the first of several visitors that week": the day, not the week; but a live entry's stamp is only its
    telling: "15:20 GMT - Earlier this week, the ministers met" met that week)."""
    return c.end is None and any(o is not c and c.start.contains(o.start) and c.start != o.start and not _stamped(o)
                                 and _bare_words(o.title) == _bare_words(c.title) for o in same_sentence)


@lru_cache(maxsize=4096)
def _bare_words(title: str) -> str:
    """A title without its punctuation: "…the war, "in Khartoum"" and "…the war "in Khartoum"" tell one thing."""
    return " ".join(re.sub(r"[^\w\s]", " ", title).split()).lower()


def _told_by_own_date(c: Candidate, same_sentence: list[Candidate]) -> bool:
    """Whether `c` is dated only by its live entry's stamp while its sentence dates the same happening in its own words
    ("11:30 GMT - Russian strikes overnight killed…": the night is the strikes', the stamp only the telling's)."""
    if not _stamped(c):
        return False
    # (a label before a colon adds nothing either: "A recap of how we got here: the first phase of the truce began…")
    label = re.match(r"(?:[^\s:]+\s+){0,9}[^\s:]+:\s+(?=\S)", c.title)
    words = _content_words(c.title[label.end():] if label is not None else c.title)
    # (what the entry says is ahead is another happening than its saying: "18:40 GMT - Umerov says the delegation will
    # travel … this weekend")
    # (…and what the entry adds around it is another doing: "11:30 - The office announces an emergency meeting … for 3
    # p.m." tells the announcing at the stamp; a label, "Recap:", adds nothing)
    # (…but an entry that only tells what is ahead, its source gone from the title, tells nothing at its stamp: "13:50 GMT -
    # Talks are expected to resume on Tuesday, the agency reported")
    own = [o for o in same_sentence if o is not c and not _stamped(o)]
    if own and _RETOLD_ENTRY.match(c.evidence) and not _NOW_IN_TITLE.search(c.title):
        return True  # ("18:55 GMT - Recap: The last round, held in Cairo in early September, collapsed after two days": news
        # told again, whose doing is no more the stamp's than the date its sentence gives)
    if any(o.kind == c.kind and (o.status == c.status and len(words - _content_words(o.title)) <= 1
                                 or _ONLY_AHEAD.search(c.title) and not words - _content_words(o.title)) for o in own):
        return True
    # (…nor one whose sentence tells a doing at an earlier clock time of the stamp's day, whatever the stamp's title makes
    # of its aside: "15:40 — Israel's delegation, led by the head of the Shin Bet, landed in Cairo shortly after 14:00")
    if any(o.status == c.status == EventStatus.HAPPENED and _CLOCK_VALUE.fullmatch(o.timex) and o.timex[:10] == c.timex[:10]
           and o.timex < c.timex for o in own):
        return True
    # (…nor does one whose every doing its sentence dates in its own words: "15:30 - The envoy arrived in Cairo this
    # afternoon and is expected to meet the intelligence chief this evening")
    # (…but not when every date of its own is ahead and the entry tells a doing now: "09:10 CET - Leaders are arriving in
    # Brussels for a summit expected to decide how to fund Ukraine in 2026 and 2027")
    covered = set().union(*(_content_words(o.title) for o in own)) if own else set()
    return len(own) >= 2 and any(o.kind == c.kind for o in own) and len(words - covered) <= 1 \
        and any(o.status == c.status for o in own)


#: A value at a clock time: "2026-12-05T14:00".
_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: A live entry that tells earlier news again, after its stamp: "18:55 GMT - Recap: ", "09:10 - Background: ".
_RETOLD_ENTRY = re.compile(r"[^\w]*\d{1,2}[:.h]\d{2}[^:\n]{0,24}?(?:Recap|Background|Context|Catch(?:ing)?[- ]up|Reminder|"
                           r"A\s+recap[^:\n]{0,40}|(?:A\s+)?look\s+back[^:\n]{0,40})\s*:\s", re.I)
#: A present or a perfect, which holds at the time of telling: "[has] largely held", "[remains] closed".
_NOW_IN_TITLE = re.compile(r"\b(?:has|have|is|are|remains?|says|say|continues?)\b")
#: A title that only tells what is ahead, no doing at the time it is told: "Talks are expected to resume" (not "The two
#: delegations agree to meet again", an agreeing).
_ONLY_AHEAD = re.compile(r"\b(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:expected|due|set|scheduled|slated|likely|poised)\s+to\b|"
                         r"\bwill\b"
                         # (…or a present of schedule: "11:20 The current mission's mandate expires on Oct. 2 next year")
                         r"|\b(?:expires|lapses|opens|begins|starts|ends|closes|runs\s+out|takes\s+effect|"
                         r"comes\s+into\s+force|enters\s+into\s+force)$")


#: More dates than this in one sentence make a list, not one happening dated twice.
_FEW_DATES = 12


def _finer_told(c: Candidate, same_sentence: list[Candidate]) -> bool:
    """Whether the sentence `c`'s date opens tells its happening again at a date inside it ("Earlier this
    month, the air force carried out a raid…, hitting a depot on 9 November"); but "the quarter ended
    Sept. 30" names the quarter by its last day, and the quarter stays."""
    if len(same_sentence) > _FEW_DATES or _ENDING_ON.search(c.evidence):
        return False
    at = c.evidence.find(c.date_phrase) if c.date_phrase else -1
    listed = _LIST_OF_PLACES_OPENING.match(c.evidence, at + len(c.date_phrase)) if at >= 0 else None
    if listed is not None and any(o is not c and o.date_phrase and c.start.contains(o.start) and c.start != o.start
                                  and c.evidence.startswith(o.date_phrase, listed.end()) for o in same_sentence):
        # "There were two informal meetings this year, in Geneva in March and in New York in July": the year is the
        # span the list of places and their dates tells of
        return True
    opened = max((m.end() for m in JOINED_CLAUSE_OPENING.finditer(c.evidence, 0, max(at, 0))), default=0)
    if at < 0 or len(c.evidence[opened:at].split()) > 3:
        # only a date that opens the sentence, or a clause joined to it ("…, and in 2016 it held six of them between
        # July 21 and Oct. 5"), frames it ("…later this year" is a happening of its own)
        return False
    words = _content_words(c.title)
    for o in same_sentence:
        o_at = c.evidence.find(o.date_phrase, at + len(c.date_phrase)) if o.date_phrase else -1
        if o_at < 0 and o.end is not None and o.start.phrase:  # (a range's phrase is its two ends')
            o_at = c.evidence.find(o.start.phrase, at + len(c.date_phrase))
        if o is c or o_at < 0 or not c.start.contains(o.start) or c.start == o.start or o.start.latest == c.start.latest:
            continue
        if _RELATIVE_BETWEEN.search(c.evidence, at, o_at) or zero_relative_before(c.evidence, o_at) \
                or _OTHER_HAPPENING_BEFORE.search(c.evidence, at + len(c.date_phrase), o_at):
            continue  # "…fire at the Torkham crossing, which was closed that evening": the crossing's own happening
            # (…or "…in defiance of an order the court issued on May 1 of that year", or one the date's own happening
            # comes after: "1992 – Fighting breaks out after a declaration of independence in the spring")
        # the same words, or a closing participle that tells how ("…its deepest strike in months, hitting a
        # building on 9 November")
        if o.title == c.title or _told_again_here(_content_words(o.title), words, set()) \
                or _CLOSING_PARTICIPLE.search(c.evidence, 0, o_at):
            return True
    return False


#: A clause going on after a source set off in its middle: ", entered the town", ", was hit".
_CLAUSE_GOES_ON = re.compile(rf"\s*,\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|was|were|is|are|has|have|had|"
                             r"will|would)\b")
#: "Through" opening its sentence: the span all along which the clause went on ("Through the summer of 2018, …").
#: "Through" before a span's article, all along it: "dragged on through (the 1990s)", "through (the winter)".
_THROUGH_A_SPAN = re.compile(r"\bthrough\s+the\s+$", re.I)


def _through_a_span(before: str, t: Timex) -> bool:
    """Whether `t` is a span gone through, all along it ("through the winter of 2022-23", "dragged on through the 1990s"),
    not a bound ("through Friday")."""
    return _THROUGH_A_SPAN.search(before) is not None \
        or re.search(r"\bthrough\s+$", before, re.I) is not None and re.match(r"the\s", t.text, re.I) is not None \
        and not _END_MOVED_THROUGH.search(before)  # ("The talks were extended through the summer of 2026": its end)


#: What moves or sets an end, before "through": "extended through", "valid through", "will run through".
_END_MOVED_THROUGH = re.compile(r"\b(?:extended|extend|extends|prolonged|renewed|postponed|delayed|deferred|valid|runs?|"
                                r"ran|lasts?|lasted|continues?|continued|suspended|closed|shut|frozen|banned|barred)\b"
                                r"(?:\s+[\w'’-]+){0,3}\s+through\s+$", re.I)
_OPENING_THROUGH = re.compile(r"(?:^|[.;:]\s+|\n)Through\s+(?:the\s+|much\s+of\s+(?:the\s+)?)?$")
#: The first item of a list of places, each with its date, right after a span's date: ", in Geneva in ".
_LIST_OF_PLACES_OPENING = re.compile(r",\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:in|on)\s+(?:the\s+)?"
                                     # (…or its colon, the dates first: "in 2018: in April and May at Panmunjom, …")
                                     r"|:\s+(?:in|on|during)\s+(?:the\s+)?")
_CLOSING_PARTICIPLE = re.compile(r",\s+(?!(?:including|according|following|during)\b)[a-z]{3,}ing\b[^,;]*$")
#: A relative clause opened between two dates: the later date is the clause's, another happening.
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|where|whose)\b")
#: A happening the main one comes after or before, still open at the later date: "after a declaration … in the spring".
_OTHER_HAPPENING_BEFORE = re.compile(r"\b(?:after|before|following|ahead\s+of|prior\s+to)\s+[^,;]*$", re.I)


#: A period named by its last day: "the year ended March 31, 1989", "the quarter ending Sept. 30".
_ENDING_ON = re.compile(r"\b(?:year|quarter|period|months?|half)\s+(?:that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?\w", re.I)


def _other_actors(one: set[str], other: set[str]) -> bool:
    """"Blinken met Aliyev" and "Blinken met Pashinyan" on one day: each names someone the other does not."""
    return bool(one and other and not (one <= other or other <= one))


def _content_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", title.lower()) if w not in _FUNCTION_WORDS}


#: A title that only names a happening ("The agreement", "The vote"), as a fronted phrase refers to one.
_NO_VERB_WORD = (rf"(?!(?:was|were|is|are|has|have|had|will|would|can|could|may|might|{words_pattern(PLAIN_PASTS)})\b)"
                 r"(?![a-z]+ed\b)[a-z][\w-]*")
#: (…or a month's name that names it: "The June elections")
_BARE_WORD = rf"(?:{_NO_VERB_WORD}|(?:January|February|March|April|May|June|July|August|September|October|November|December))"
_BARE_REFERENCE = re.compile(rf"The\s+(?:{_BARE_WORD}\s+){{0,2}}{_NO_VERB_WORD}"
                             # ("The meeting will take place", "The talks are set to begin": only when it is)
                             r"(?:\s+(?:will|is\s+(?:set|due|scheduled|expected)\s+to|are\s+(?:set|due|scheduled|expected)\s+to)"
                             r"\s+(?:take\s+place|be\s+held|begin|start|open)"
                             # ("Tuesday's signing came hours after…": what it came after is told apart)
                             r"|\s+(?:came|happened|took\s+place))?")


#: The name a title opens with, its doer: "[Iran] fired…", "[Israel] struck…".
_OPENING_DOER = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:['’]s)?\s+[a-z]")


def _other_doers(title: str, other: str, words: set[str], other_words: set[str]) -> bool:
    """Whether two titles of one day, alike only in the actors they name, have different doers: "Iran fired missiles at
    Israel" and "Israel struck Iran's defence ministry" are two happenings (a title told again shares most words)."""
    if words and other_words and len(words & other_words) / min(len(words), len(other_words)) >= 0.6:
        return False
    a, b = _OPENING_DOER.match(title), _OPENING_DOER.match(other)
    return a is not None and b is not None and a["name"] not in b["name"] and b["name"] not in a["name"]


def _two_predicates_of_one_sentence(one: Candidate, other: Candidate) -> bool:
    """Whether two candidates of one sentence tell one subject's two predicates ("A revised text followed" and "A
    revised text was approved by Congress"), each its own doing: the same opening words, then another verb."""
    if one.evidence_start != other.evidence_start or one.title == other.title:
        return False
    first, second = one.title.split(), other.title.split()
    shared = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), min(len(first), len(second)))
    return 2 <= shared < min(len(first), len(second)) and bool(
        _VERB_WORD.match(first[shared]) and _VERB_WORD.match(second[shared]))


#: A word that opens a predicate: a past, an auxiliary.
_VERB_WORD = re.compile(rf"(?:[a-z]{{3,}}ed|was|were|is|are|has|have|had|will|would|{words_pattern(PLAIN_PASTS)})$")


def _told_again_here(words: set[str], other: set[str], shared_actors: set[str]) -> bool:
    if not words or not other:
        return bool(shared_actors) or words == other
    overlap = len(words & other) / min(len(words), len(other))
    return overlap >= 0.6 or (bool(shared_actors) and overlap >= 0.3)


_FUNCTION_WORDS = {"that", "this", "with", "from", "have", "been", "were", "said", "says", "will", "would", "their",
                   "there", "they", "which", "about", "after", "before", "also", "than", "into", "over", "could"}
