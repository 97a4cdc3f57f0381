import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { fitBeside, pan, transformOf, zoomAt, type Camera, type Overlays } from './camera.ts';
import type { Box } from './projection.ts';

// The map's SVG: a transformed group for everything in map units (regions, flows, a region's
// network) that pans with a drag and zooms with the wheel or the buttons, and screen-space
// children on top (legend, attribution). A drag moves the group's transform directly and commits
// the camera when it ends, so a pan redraws no region.

export interface MapCanvasProps {
  /** The box to show whole; a new box (by value) moves the camera to it. */
  focus: Box;
  /** What the overlays take of the viewport: the focus is shown beside them, not under them. */
  overlays: Overlays;
  label: string;
  children: ReactNode;
  overlay: (size: { width: number; height: number }) => ReactNode;
  onCamera?: (c: Camera) => void;
  onHover: (id: string | undefined, x: number, y: number) => void;
  onPick: (id: string) => void;
  svgRef: React.RefObject<SVGSVGElement | null>;
  zoomBy?: { factor: number; at: number } | undefined;
}

export function MapCanvas({ focus, overlays, label, children, overlay, onCamera, onHover, onPick, svgRef, zoomBy }: MapCanvasProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const group = useRef<SVGGElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [camera, setCamera] = useState<Camera>(() => fitBeside(focus, 800, 600, overlays));
  const drag = useRef<{ x: number; y: number; moved: number; camera: Camera; pointer: number } | null>(null);

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => setSize({ width: Math.max(200, el.clientWidth), height: Math.max(200, el.clientHeight) });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const focusKey = `${focus.x}|${focus.y}|${focus.width}|${focus.height}|${size.width}|${size.height}`;
  useLayoutEffect(() => setCamera(fitBeside(focus, size.width, size.height, overlays)), [focusKey]);

  useEffect(() => onCamera?.(camera), [camera, onCamera]);

  useEffect(() => {
    if (zoomBy) setCamera((c) => zoomAt(c, zoomBy.factor, size.width / 2, size.height / 2));
  }, [zoomBy]);

  // The wheel zooms around the pointer (a non-passive listener, so the page does not scroll).
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = svg.getBoundingClientRect();
      setCamera((c) => zoomAt(c, Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);

  const regionAt = (target: EventTarget | null) => (target instanceof SVGElement ? (target.closest('[data-layer="regions"] path[data-id]')?.getAttribute('data-id') ?? undefined) : undefined);

  return (
    <div className="map-canvas" ref={wrap}>
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="img"
        aria-label={label}
        data-testid="map"
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, moved: 0, camera, pointer: e.pointerId };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (d && d.pointer === e.pointerId) {
            const dx = e.clientX - d.x;
            const dy = e.clientY - d.y;
            d.moved = Math.max(d.moved, Math.abs(dx) + Math.abs(dy));
            if (d.moved > 3) {
              if (!svgRef.current?.hasPointerCapture(e.pointerId)) svgRef.current?.setPointerCapture(e.pointerId);
              group.current?.setAttribute('transform', transformOf(pan(d.camera, dx, dy)));
              onHover(undefined, 0, 0);
              return;
            }
          }
          const r = svgRef.current!.getBoundingClientRect();
          onHover(regionAt(e.target), e.clientX - r.left, e.clientY - r.top);
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          drag.current = null;
          if (!d) return;
          if (d.moved > 3) setCamera(pan(d.camera, e.clientX - d.x, e.clientY - d.y));
          else {
            const id = regionAt(e.target);
            if (id) onPick(id);
          }
        }}
        onPointerLeave={() => onHover(undefined, 0, 0)}
      >
        <rect width={size.width} height={size.height} fill="#f7fafc" />
        <g ref={group} transform={transformOf(camera)} data-zoom={camera.k}>
          {children}
        </g>
        {overlay(size)}
      </svg>
    </div>
  );
}
